package com.steward.app.contracts;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import com.steward.core.team.Membership;
import com.steward.core.team.TeamStatistics;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A contract's dedicated team (who, from when to when, trained and certified) and its summary: headcount, attrition
 * and tenure over the twelve months ending today. Behind {@link Contracts}, which checks the caller sees the
 * contract.
 */
@Component
class ContractTeams {

    private final ContractRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    ContractTeams(ContractRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    List<TeamMember> team(long contractId) {
        return repository.team(contractId);
    }

    /** Headcount, attrition, tenure and shares over the twelve months ending today. */
    TeamSummary summary(long contractId) {
        List<TeamMember> team = team(contractId);
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusYears(1).plusDays(1);
        TeamStatistics s = TeamStatistics.of(
                team.stream()
                        .map(m -> new Membership(m.startDate(), m.endDate(), m.dedicated()))
                        .toList(),
                from,
                to);
        long certified = team.stream()
                .filter(m -> new Membership(m.startDate(), m.endDate(), m.dedicated()).activeOn(to))
                .filter(m -> m.certifiedOn() != null && !m.certifiedOn().isAfter(to))
                .count();
        return new TeamSummary(
                from,
                to,
                s.headcount(),
                s.averageHeadcount(),
                s.leavers(),
                nan(s.annualAttrition()),
                nan(s.meanTenureMonths()),
                nan(s.medianTenureMonths()),
                nan(s.shareDedicated()),
                s.headcount() == 0 ? null : (double) certified / s.headcount());
    }

    TeamMember add(Contract contract, TeamMemberInput input) {
        long contractId = contract.id();
        TeamMemberInput in = validatedMember(input);
        if (repository.agentExists(contractId, in.agentId(), -1)) {
            throw new ConflictException("Agent '" + in.agentId() + "' is already on this team");
        }
        long id = repository.insertMember(contractId, in, clock.instant());
        TeamMember created = repository.member(contractId, id).orElseThrow();
        audit.record(AuditAction.CREATE, Contracts.AUDIT_MEMBER, id, contract.vendorId(), null, created);
        return created;
    }

    TeamMember update(Contract contract, long memberId, TeamMemberInput input) {
        long contractId = contract.id();
        TeamMember before = repository
                .member(contractId, memberId)
                .orElseThrow(() -> new NotFoundException("No team member with id " + memberId));
        TeamMemberInput in = validatedMember(input);
        if (repository.agentExists(contractId, in.agentId(), memberId)) {
            throw new ConflictException("Agent '" + in.agentId() + "' is already on this team");
        }
        repository.updateMember(memberId, in, clock.instant());
        TeamMember after = repository.member(contractId, memberId).orElseThrow();
        audit.record(AuditAction.UPDATE, Contracts.AUDIT_MEMBER, memberId, contract.vendorId(), before, after);
        return after;
    }

    private static TeamMemberInput validatedMember(TeamMemberInput in) {
        if (in == null || in.agentId() == null || in.agentId().isBlank()) {
            throw new InvalidRequestException("agentId", "agentId is required");
        }
        String agent = in.agentId().strip();
        if (agent.length() > 100) {
            throw new InvalidRequestException("agentId", "agentId must be at most 100 characters");
        }
        if (in.startDate() == null) {
            throw new InvalidRequestException("startDate", "startDate is required");
        }
        if (in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            throw new InvalidRequestException("endDate", "endDate must not be before startDate");
        }
        if (in.certifiedOn() != null && in.certifiedOn().isBefore(in.startDate().minusYears(5))) {
            throw new InvalidRequestException("certifiedOn", "certifiedOn is implausibly early");
        }
        List<String> modules = in.trainingModules() == null
                ? List.of()
                : in.trainingModules().stream()
                        .filter(m -> m != null && !m.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        if (modules.stream().anyMatch(m -> m.length() > 100) || modules.size() > 50) {
            throw new InvalidRequestException("trainingModules", "at most 50 modules of at most 100 characters");
        }
        return new TeamMemberInput(
                agent,
                in.startDate(),
                in.endDate(),
                in.dedicated() == null || in.dedicated(),
                modules,
                in.certifiedOn());
    }

    private static Double nan(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
