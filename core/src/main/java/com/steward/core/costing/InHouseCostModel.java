package com.steward.core.costing;

/**
 * Inputs of the fully loaded in-house cost of a contact center, in the base currency per year
 * unless stated. All rates are fractions (0.25 = 25 %).
 *
 * <p>Monthly cost for a workload needing H logged-in agent hours per month:
 *
 * <ul>
 *   <li>agent FTE = H / (paidHoursPerFteYear / 12 · (1 − shrinkage)), shrinkage = paidTimeOffRate +
 *       otherShrinkageRate (additive, the usual WFM convention);
 *   <li>load factor = 1 + benefitsRate + payrollTaxRate, applied to every salary;
 *   <li>supervisors = agent FTE / agentsPerSupervisor; managers = supervisors / supervisorsPerManager;
 *   <li>hires per month = annualAttritionRate · agent FTE / 12, each costing recruiting + training;
 *   <li>seats = (agents + supervisors + managers) · seatsPerFte, each costing facilities + technology;
 *   <li>overhead = overheadRate × everything above.
 * </ul>
 *
 * @param agentAnnualSalary gross salary per agent FTE
 * @param benefitsRate benefits as a share of salary
 * @param payrollTaxRate employer payroll taxes as a share of salary
 * @param paidHoursPerFteYear paid hours of one FTE per year (e.g. 2080 = 40 h × 52)
 * @param paidTimeOffRate share of paid hours on holiday / paid leave
 * @param otherShrinkageRate share of paid hours on breaks, training, meetings, absence
 * @param agentsPerSupervisor span of control of a team leader
 * @param supervisorAnnualSalary gross salary of a supervisor
 * @param supervisorsPerManager span of control of a manager
 * @param managerAnnualSalary gross salary of a manager
 * @param annualAttritionRate agents leaving per year as a share of agent FTE
 * @param recruitingCostPerHire advertising, screening and interviews per hire
 * @param trainingCostPerHire new-hire training (trainer time and the trainee's paid non-productive time)
 * @param seatsPerFte workstations per FTE (1 = one seat each)
 * @param facilitiesPerSeatYear rent, utilities, maintenance per seat
 * @param technologyPerSeatYear telephony, CCaaS/CRM licences, hardware per seat
 * @param overheadRate general and administrative overhead on all the above
 */
public record InHouseCostModel(
        double agentAnnualSalary,
        double benefitsRate,
        double payrollTaxRate,
        double paidHoursPerFteYear,
        double paidTimeOffRate,
        double otherShrinkageRate,
        double agentsPerSupervisor,
        double supervisorAnnualSalary,
        double supervisorsPerManager,
        double managerAnnualSalary,
        double annualAttritionRate,
        double recruitingCostPerHire,
        double trainingCostPerHire,
        double seatsPerFte,
        double facilitiesPerSeatYear,
        double technologyPerSeatYear,
        double overheadRate) {

    public InHouseCostModel {
        Checks.nonNegative("agentAnnualSalary", agentAnnualSalary);
        Checks.nonNegative("benefitsRate", benefitsRate);
        Checks.nonNegative("payrollTaxRate", payrollTaxRate);
        Checks.positive("paidHoursPerFteYear", paidHoursPerFteYear);
        Checks.rate("paidTimeOffRate", paidTimeOffRate);
        Checks.rate("otherShrinkageRate", otherShrinkageRate);
        if (paidTimeOffRate + otherShrinkageRate >= 1) {
            throw new IllegalArgumentException("paidTimeOffRate + otherShrinkageRate must be below 1, was "
                    + (paidTimeOffRate + otherShrinkageRate));
        }
        Checks.positive("agentsPerSupervisor", agentsPerSupervisor);
        Checks.nonNegative("supervisorAnnualSalary", supervisorAnnualSalary);
        Checks.positive("supervisorsPerManager", supervisorsPerManager);
        Checks.nonNegative("managerAnnualSalary", managerAnnualSalary);
        Checks.nonNegative("annualAttritionRate", annualAttritionRate);
        Checks.nonNegative("recruitingCostPerHire", recruitingCostPerHire);
        Checks.nonNegative("trainingCostPerHire", trainingCostPerHire);
        Checks.nonNegative("seatsPerFte", seatsPerFte);
        Checks.nonNegative("facilitiesPerSeatYear", facilitiesPerSeatYear);
        Checks.nonNegative("technologyPerSeatYear", technologyPerSeatYear);
        Checks.nonNegative("overheadRate", overheadRate);
    }

    /**
     * Illustrative defaults for a mid-cost onshore center (round numbers, to be replaced by the
     * client's own): salary 38,000; benefits 25 %; payroll tax 7.65 %; 2,080 paid hours; paid time
     * off 10 % and other shrinkage 20 %; 15 agents per supervisor at 55,000; 8 supervisors per manager
     * at 85,000; attrition 35 % a year; recruiting 2,500 and training 4,500 per hire; 1 seat per FTE;
     * facilities 6,000 and technology 2,400 per seat-year; overhead 10 %.
     */
    public static InHouseCostModel defaults() {
        return new InHouseCostModel(
                38_000, 0.25, 0.0765, 2080, 0.10, 0.20, 15, 55_000, 8, 85_000, 0.35, 2_500, 4_500, 1, 6_000, 2_400,
                0.10);
    }

    /** The same model with another attrition rate. */
    public InHouseCostModel withAnnualAttritionRate(double rate) {
        return new InHouseCostModel(
                agentAnnualSalary,
                benefitsRate,
                payrollTaxRate,
                paidHoursPerFteYear,
                paidTimeOffRate,
                otherShrinkageRate,
                agentsPerSupervisor,
                supervisorAnnualSalary,
                supervisorsPerManager,
                managerAnnualSalary,
                rate,
                recruitingCostPerHire,
                trainingCostPerHire,
                seatsPerFte,
                facilitiesPerSeatYear,
                technologyPerSeatYear,
                overheadRate);
    }

    /** Total shrinkage: paid time off + other shrinkage. */
    public double shrinkage() {
        return paidTimeOffRate + otherShrinkageRate;
    }

    /** Monthly cost of handling {@code workload} in house, by component. */
    public InHouseCost monthlyCost(Workload workload) {
        return monthlyCost(workload.agentHoursPerMonth());
    }

    /** Monthly cost for {@code agentHoursPerMonth} logged-in agent hours. */
    public InHouseCost monthlyCost(double agentHoursPerMonth) {
        Checks.nonNegative("agentHoursPerMonth", agentHoursPerMonth);
        double load = 1 + benefitsRate + payrollTaxRate;
        double agentFte = agentHoursPerMonth / (paidHoursPerFteYear / 12 * (1 - shrinkage()));
        double supervisors = agentFte / agentsPerSupervisor;
        double managers = supervisors / supervisorsPerManager;
        double agentPay = agentFte * agentAnnualSalary / 12 * load;
        double supervision = supervisors * supervisorAnnualSalary / 12 * load;
        double management = managers * managerAnnualSalary / 12 * load;
        double hiring = annualAttritionRate * agentFte / 12 * (recruitingCostPerHire + trainingCostPerHire);
        double seats = (agentFte + supervisors + managers) * seatsPerFte;
        double facilities = seats * facilitiesPerSeatYear / 12;
        double technology = seats * technologyPerSeatYear / 12;
        double subtotal = agentPay + supervision + management + hiring + facilities + technology;
        double overhead = subtotal * overheadRate;
        return new InHouseCost(
                agentFte,
                agentPay,
                supervision,
                management,
                hiring,
                facilities,
                technology,
                overhead,
                subtotal + overhead);
    }

    /**
     * One month of in-house cost, by component, in the base currency.
     *
     * @param agentFte agent FTE employed (unrounded)
     * @param agentPay loaded agent salaries
     * @param supervision loaded supervisor salaries
     * @param management loaded manager salaries
     * @param recruitingAndTraining replacement hiring driven by attrition
     * @param facilities seats × facilities
     * @param technology seats × technology
     * @param overhead overhead on the above
     * @param total sum of all components
     */
    public record InHouseCost(
            double agentFte,
            double agentPay,
            double supervision,
            double management,
            double recruitingAndTraining,
            double facilities,
            double technology,
            double overhead,
            double total) {}
}
