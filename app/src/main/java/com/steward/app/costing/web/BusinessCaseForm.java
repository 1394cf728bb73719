package com.steward.app.costing.web;

import com.steward.app.costing.BusinessCaseInput;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.costing.PricingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns {@link BusinessCaseInput} into form sections of named fields ({@code inHouse.benefitsRate},
 * {@code offers[0].price}) and posted fields back into an input, so that the form always shows every
 * input of the cost model without a hand-written field per input.
 */
final class BusinessCaseForm {

    /** Offer slots shown beyond the existing offers, for adding one. */
    static final int SPARE_OFFERS = 1;

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

    static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry("termMonths", "months, 1–600"),
            Map.entry("annualDiscountRate", "per year, 0.08 = 8 %"),
            Map.entry("contactsPerMonth", "handled contacts"),
            Map.entry("ahtSeconds", "seconds"),
            Map.entry("openHoursPerMonth", "365 = 12 h a day"),
            Map.entry("targetServiceLevel", "0–1, e.g. 0.8"),
            Map.entry("targetAnswerSeconds", "seconds"),
            Map.entry("agentHoursPerMonth", "from an interval plan; blank = Erlang C on the average load"),
            Map.entry("benefitsRate", "share of salary"),
            Map.entry("payrollTaxRate", "share of salary"),
            Map.entry("paidHoursPerFteYear", "e.g. 2080"),
            Map.entry("paidTimeOffRate", "share of paid hours"),
            Map.entry("otherShrinkageRate", "breaks, training, meetings, absence"),
            Map.entry("agentsPerSupervisor", "span of control"),
            Map.entry("supervisorsPerManager", "span of control"),
            Map.entry("annualAttritionRate", "leavers per year / agent FTE"),
            Map.entry("overheadRate", "on all of the above"),
            Map.entry("governanceFte", "client staff managing the vendor"),
            Map.entry("parallelRunMonths", "both centers paid while the vendor ramps up"),
            Map.entry("extraAnnualChurnRate", "extra share of affected customers lost per year"),
            Map.entry("customersAffected", "customers served by the queue"),
            Map.entry("customerLifetimeValue", "per customer"),
            Map.entry("price", "per unit of the pricing model, offer currency"),
            Map.entry("exchangeRateToBase", "base units per offer-currency unit"),
            Map.entry("fteShrinkage", "vendor shrinkage, for per-FTE-month prices"),
            Map.entry("currency", "ISO code; BASE = base currency"));

    /** One input on the form. */
    record Field(String name, String label, String value, String hint, List<String> options) {}

    /** A group of inputs. */
    record Section(String title, List<Field> fields) {}

    private BusinessCaseForm() {}

    static List<Section> sections(BusinessCaseInput input, ObjectMapper json) {
        JsonNode root = json.valueToTree(input);
        List<Section> sections = new ArrayList<>();
        List<Field> general = new ArrayList<>();
        for (String name : List.of("name", "notes", "termMonths", "annualDiscountRate")) {
            general.add(field(name, name, root.get(name)));
        }
        sections.add(new Section("Scenario", general));
        sections.add(section("Workload", "workload", root.get("workload")));
        sections.add(section("In-house cost (per year unless stated)", "inHouse", root.get("inHouse")));
        sections.add(section("Costs usually forgotten", "hiddenCosts", root.get("hiddenCosts")));
        int count = root.get("offers") == null ? 0 : root.get("offers").size();
        // Every property of an offer, blank: valueToTree of an all-null offer has none (nulls are not written).
        ObjectNode blank = json.createObjectNode();
        for (var component : BusinessCaseInput.OfferInput.class.getRecordComponents()) {
            blank.putNull(component.getName());
        }
        for (int k = 0; k < count + SPARE_OFFERS; k++) {
            JsonNode offer = k < count ? root.get("offers").get(k) : blank;
            String title = k < count ? "Vendor offer " + (k + 1) : "Add a vendor offer (leave the name blank to skip)";
            sections.add(section(title, "offers[" + k + "]", offer));
        }
        return sections;
    }

    private static Section section(String title, String prefix, JsonNode node) {
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            fields.add(field(prefix + "." + e.getKey(), e.getKey(), e.getValue()));
        }
        return new Section(title, fields);
    }

    private static Field field(String name, String property, JsonNode value) {
        String text = value == null || value.isNull() ? "" : value.asString();
        List<String> options = property.equals("pricingModel")
                ? Arrays.stream(PricingModel.values()).map(Enum::name).toList()
                : List.of();
        return new Field(name, label(property), text, HINTS.get(property), options);
    }

    static String label(String property) {
        String words = property.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        words = words.replace("aht", "AHT").replace("fte", "FTE");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The sections with the values the user posted, so a rejected form comes back as it was typed. */
    static List<Section> withPosted(List<Section> sections, Map<String, String> params) {
        return sections.stream()
                .map(section -> new Section(
                        section.title(),
                        section.fields().stream()
                                .map(f -> params.containsKey(f.name())
                                        ? new Field(f.name(), f.label(), params.get(f.name()), f.hint(), f.options())
                                        : f)
                                .toList()))
                .toList();
    }

    /** A field path in the user's words: {@code offers[0].price} → "Price (vendor offer 1)". */
    static String readable(String path) {
        Matcher offer = Pattern.compile("offers\\[(\\d+)]\\.(\\w+)").matcher(path);
        if (offer.matches()) {
            return label(offer.group(2)) + " (vendor offer " + (Integer.parseInt(offer.group(1)) + 1) + ")";
        }
        String[] parts = path.split("\\.");
        String property = label(parts[parts.length - 1]);
        return switch (parts[0]) {
            case "workload" -> property + " (workload)";
            case "inHouse" -> property + " (in-house cost)";
            case "hiddenCosts" -> property + " (costs usually forgotten)";
            default -> property;
        };
    }

    /** Builds an input from posted fields; blank values are left out (and take their defaults). */
    static BusinessCaseInput parse(Map<String, String> params, ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        Map<Integer, ObjectNode> offers = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            String value = p.getValue() == null ? "" : p.getValue().strip();
            if (value.isEmpty() || p.getKey().startsWith("_")) {
                continue;
            }
            String[] path = p.getKey().split("\\.", 2);
            Matcher indexed = INDEXED.matcher(path[0]);
            ObjectNode target;
            if (indexed.matches() && indexed.group(1).equals("offers") && path.length == 2) {
                int index = Integer.parseInt(indexed.group(2));
                if (index > 50) {
                    continue;
                }
                target = offers.computeIfAbsent(index, i -> json.createObjectNode());
                target.put(path[1], value);
            } else if (path.length == 2
                    && List.of("workload", "inHouse", "hiddenCosts").contains(path[0])) {
                target = root.has(path[0]) ? (ObjectNode) root.get(path[0]) : root.putObject(path[0]);
                target.put(path[1], value);
            } else if (path.length == 1) {
                root.put(path[0], value);
            }
        }
        ArrayNode offerArray = root.putArray("offers");
        offers.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .filter(o -> o.has("name"))
                .forEach(offerArray::add);
        try {
            return json.treeToValue(root, BusinessCaseInput.class);
        } catch (DatabindException e) {
            StringBuilder field = new StringBuilder();
            for (var ref : e.getPath()) {
                if (ref.getPropertyName() != null) {
                    field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            String name = field.isEmpty() ? "form" : field.toString();
            throw new InvalidRequestException(name, readable(name) + ": not a valid value");
        }
    }
}
