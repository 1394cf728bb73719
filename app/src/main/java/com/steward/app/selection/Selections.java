package com.steward.app.selection;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.costing.BusinessCaseScenarios;
import com.steward.app.costing.ScenarioEvaluation;
import com.steward.app.duediligence.DueDiligence;
import com.steward.app.security.VendorAccess;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorProfiles;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.app.web.NotFoundException;
import com.steward.core.selection.Disagreement;
import com.steward.core.selection.RankStability;
import com.steward.core.selection.WeightedSum;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weighted selections: opened with default weights, weighted (sum 100), scored by each evaluator,
 * evaluated with {@code core}'s weighted sum, disagreement and rank stability, and locked with a
 * decision record after which every change answers 409. Every change is audited.
 */
@Service
public class Selections {

    static final String AUDIT_TYPE = "selection";

    /** Weights must sum to 100 within this tolerance. */
    static final double WEIGHT_TOLERANCE = 0.01;

    private final SelectionRepository repository;
    private final VendorRegister vendors;
    private final VendorProfiles profiles;
    private final DueDiligence dueDiligence;
    private final BusinessCaseScenarios businessCases;
    private final AuditLog audit;
    private final VendorAccess access;
    private final Clock clock;

    Selections(
            SelectionRepository repository,
            VendorRegister vendors,
            VendorProfiles profiles,
            DueDiligence dueDiligence,
            BusinessCaseScenarios businessCases,
            AuditLog audit,
            VendorAccess access,
            Clock clock) {
        this.repository = repository;
        this.vendors = vendors;
        this.profiles = profiles;
        this.dueDiligence = dueDiligence;
        this.businessCases = businessCases;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    public List<Selection> all() {
        return repository.ids().stream().map(this::get).toList();
    }

    public Selection get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("No selection with id " + id));
    }

    @Transactional
    public Selection create(CreateSelectionCommand command) {
        List<Long> vendorIds = new ArrayList<>(new LinkedHashSet<>(command.vendorIds()));
        if (vendorIds.size() < 2) {
            throw new InvalidRequestException("vendorIds", "vendorIds: a selection needs at least two vendors");
        }
        for (long vendorId : vendorIds) {
            Vendor vendor = vendors.get(vendorId);
            if (vendor.inHouse()) {
                throw new InvalidRequestException("vendorIds", "vendorIds: the in-house center is not a candidate");
            }
        }
        if (command.businessCaseId() != null) {
            ScenarioEvaluation evaluation = businessCases.evaluate(command.businessCaseId());
            for (Map.Entry<Long, String> offer : command.offers().entrySet()) {
                if (offer.getValue() != null
                        && !offer.getValue().isBlank()
                        && evaluation.options().stream()
                                .noneMatch(o -> o.name().equals(offer.getValue().strip()))) {
                    throw new InvalidRequestException(
                            "offers", "offers: the business case has no offer named '" + offer.getValue() + "'");
                }
            }
        }
        long id = repository.insert(
                command.name().strip(), command.businessCaseId(), access.currentActor(), clock.instant());
        for (long vendorId : vendorIds) {
            repository.addCandidate(id, vendorId, command.offers().get(vendorId));
        }
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            weights.put(c, c.defaultWeight());
        }
        repository.replaceWeights(id, weights, clock.instant());
        Selection created = get(id);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, null, null, created);
        return created;
    }

    private Selection open(long id) {
        Selection selection = get(id);
        if (selection.locked()) {
            throw new ConflictException("Selection " + id + " is locked: it was decided on "
                    + selection.decision().decidedAt() + " and can no longer change");
        }
        return selection;
    }

    @Transactional
    public Selection setWeights(long id, SetWeightsCommand command) {
        Selection before = open(id);
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        double sum = 0;
        for (Criterion c : Criterion.values()) {
            Double w = command.weights().get(c);
            double weight = w == null ? 0 : w;
            if (!Double.isFinite(weight) || weight < 0 || weight > 100) {
                throw new InvalidRequestException("weights", "weights: " + c + " must be between 0 and 100");
            }
            weights.put(c, weight);
            sum += weight;
        }
        if (Math.abs(sum - 100) > WEIGHT_TOLERANCE) {
            throw new InvalidRequestException(
                    "weights", "weights: must sum to 100, not " + String.format(Locale.ROOT, "%.2f", sum));
        }
        repository.replaceWeights(id, weights, clock.instant());
        Selection after = get(id);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, null, before.weights(), after.weights());
        return after;
    }

    /** Records the current user's scores; the evaluator is always the signed-in user. */
    @Transactional
    public SelectionResult recordScores(long id, RecordScoresCommand command) {
        Selection selection = open(id);
        String evaluator = access.currentActor();
        List<SelectionRepository.Score> before = repository.scores(id).stream()
                .filter(s -> s.evaluator().equals(evaluator))
                .toList();
        for (RecordScoresCommand.Entry entry : command.scores()) {
            if (selection.candidates().stream().noneMatch(c -> c.vendorId() == entry.vendorId())) {
                throw new InvalidRequestException(
                        "scores", "scores: vendor " + entry.vendorId() + " is not a candidate of this selection");
            }
            repository.saveScore(id, entry.vendorId(), entry.criterion(), evaluator, entry.score(), clock.instant());
        }
        repository.touch(id, clock.instant());
        List<SelectionRepository.Score> after = repository.scores(id).stream()
                .filter(s -> s.evaluator().equals(evaluator))
                .toList();
        audit.record(AuditAction.UPDATE, "selection_scores", id, null, before, after);
        return evaluate(id);
    }

    @Transactional
    public Selection lock(long id, LockSelectionCommand command) {
        Selection before = open(id);
        if (before.candidates().stream().noneMatch(c -> c.vendorId() == command.chosenVendorId())) {
            throw new InvalidRequestException(
                    "chosenVendorId", "chosenVendorId: the chosen vendor must be a candidate of this selection");
        }
        if (!repository.lock(id, command, access.currentActor(), clock.instant())) {
            throw new ConflictException("Selection " + id + " was locked meanwhile");
        }
        Selection after = get(id);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, command.chosenVendorId(), before, after);
        return after;
    }

    /** Scores of the signed-in evaluator, by vendor and criterion, for pre-filling the score form. */
    public Map<Long, Map<Criterion, Double>> myScores(long id) {
        String evaluator = access.currentActor();
        Map<Long, Map<Criterion, Double>> mine = new HashMap<>();
        repository.scores(id).stream()
                .filter(s -> s.evaluator().equals(evaluator))
                .forEach(s -> mine.computeIfAbsent(s.vendorId(), k -> new EnumMap<>(Criterion.class))
                        .put(s.criterion(), s.score()));
        return mine;
    }

    public SelectionResult evaluate(long id) {
        Selection selection = get(id);
        List<SelectionRepository.Score> scores = repository.scores(id);
        List<Selection.Candidate> candidates = selection.candidates();
        Criterion[] criteria = Criterion.values();
        double[] weights = new double[criteria.length];
        for (int j = 0; j < criteria.length; j++) {
            weights[j] = selection.weights().getOrDefault(criteria[j], 0.0);
        }
        double[][] matrix = new double[candidates.size()][criteria.length];
        List<SelectionResult.ScoreSpread> spreads = new ArrayList<>();
        int missing = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Selection.Candidate candidate = candidates.get(i);
            for (int j = 0; j < criteria.length; j++) {
                Criterion criterion = criteria[j];
                double[] cell = scores.stream()
                        .filter(s -> s.vendorId() == candidate.vendorId() && s.criterion() == criterion)
                        .mapToDouble(SelectionRepository.Score::score)
                        .toArray();
                Disagreement d = Disagreement.of(cell);
                matrix[i][j] = d.count() == 0 ? 0 : d.mean();
                if (d.count() == 0 && weights[j] > 0) {
                    missing++;
                }
                if (d.count() >= 2) {
                    spreads.add(new SelectionResult.ScoreSpread(
                            candidate.vendorId(),
                            candidate.vendorName(),
                            criterion,
                            d.count(),
                            d.mean(),
                            d.standardDeviation(),
                            d.range(),
                            d.disputed(Disagreement.DEFAULT_DISPUTE_RANGE)));
                }
            }
        }
        spreads.sort(Comparator.comparingDouble(SelectionResult.ScoreSpread::range)
                .reversed()
                .thenComparing(SelectionResult.ScoreSpread::vendorName));
        List<SelectionResult.RankedVendor> ranking = new ArrayList<>();
        SelectionResult.Stability stability;
        if (candidates.isEmpty()) {
            stability = new SelectionResult.Stability(RankStability.DEFAULT_SHIFT, 0, 0, 1, List.of(), List.of());
        } else {
            for (WeightedSum.Ranked r : WeightedSum.rank(weights, matrix)) {
                Selection.Candidate c = candidates.get(r.option());
                Map<Criterion, Double> perCriterion = new EnumMap<>(Criterion.class);
                for (int j = 0; j < criteria.length; j++) {
                    perCriterion.put(criteria[j], matrix[r.option()][j]);
                }
                ranking.add(new SelectionResult.RankedVendor(
                        c.vendorId(), c.vendorName(), r.rank(), r.score(), perCriterion));
            }
            RankStability.Result analysis = RankStability.analyse(weights, matrix);
            List<SelectionResult.Move> moves = analysis.moves().stream()
                    .map(m -> new SelectionResult.Move(
                            criteria[m.criterion()],
                            m.up() ? "+20%" : "−20%",
                            candidates.get(m.winner()).vendorName(),
                            m.winnerChanged()))
                    .toList();
            stability = new SelectionResult.Stability(
                    RankStability.DEFAULT_SHIFT,
                    analysis.moves().size(),
                    analysis.winnerChanges(),
                    analysis.stableShare(),
                    analysis.sensitiveCriteria().stream().map(j -> criteria[j]).toList(),
                    moves);
        }
        List<String> evaluators = new ArrayList<>(new TreeSet<>(
                scores.stream().map(SelectionRepository.Score::evaluator).toList()));
        return new SelectionResult(selection, evaluators, ranking, spreads, stability, evidence(selection), missing);
    }

    private List<SelectionResult.Evidence> evidence(Selection selection) {
        ScenarioEvaluation evaluation =
                selection.businessCaseId() == null ? null : evaluationOrNull(selection.businessCaseId());
        List<SelectionResult.Evidence> result = new ArrayList<>();
        for (Selection.Candidate c : selection.candidates()) {
            Double total = null;
            Double savings = null;
            if (evaluation != null && c.offerName() != null) {
                for (ScenarioEvaluation.Option o : evaluation.options()) {
                    if (!o.inHouse() && o.name().equals(c.offerName())) {
                        total = o.totalCost();
                        savings = o.savingsPercent();
                    }
                }
            }
            result.add(new SelectionResult.Evidence(
                    dueDiligence.evidence(c.vendorId()),
                    profiles.profile(c.vendorId()).yearsInBusiness(),
                    total,
                    savings));
        }
        return result;
    }

    private ScenarioEvaluation evaluationOrNull(long businessCaseId) {
        try {
            return businessCases.evaluate(businessCaseId);
        } catch (NotFoundException e) {
            return null; // the business case was deleted after the selection was opened
        }
    }
}
