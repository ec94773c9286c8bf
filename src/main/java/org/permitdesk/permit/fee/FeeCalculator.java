package org.permitdesk.permit.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.permitdesk.platform.Formats;

/**
 * Works out a permit's fee lines from its type's fee schedule, its valuation and its {@link FeeBasis}:
 * schedule lines in schedule order, then the California state fees on valuation. Exact to the cent.
 * <ul>
 *   <li>FLAT: the amount.</li>
 *   <li>VALUATION_BAND: of the bands sharing a description, the one covering the valuation
 *       (above its start, up to and including its end): its amount plus its rate for each {@code ratePer}
 *       dollars of valuation above the band's start, a part step counting as a whole one. No valuation, no line.</li>
 *   <li>PER_UNIT: amount × units recorded for its unit name; no units, no line.</li>
 *   <li>State fees: SB 1473 and SMIP ({@link CaliforniaStateFees}) when the valuation is above $0.</li>
 * </ul>
 */
public final class FeeCalculator {

    public List<CalculatedFee> calculate(List<FeeScheduleItem> schedule, BigDecimal valuation, FeeBasis basis) {
        List<CalculatedFee> fees = new ArrayList<>(scheduleFees(schedule, valuation, basis));
        fees.addAll(stateFees(valuation, basis.smipCategory()));
        return fees;
    }

    public List<CalculatedFee> scheduleFees(List<FeeScheduleItem> schedule, BigDecimal valuation, FeeBasis basis) {
        List<CalculatedFee> fees = new ArrayList<>();
        Set<String> bandTablesDone = new HashSet<>();
        List<FeeScheduleItem> ordered = schedule.stream().filter(FeeScheduleItem::isActive)
                .sorted(Comparator.comparingInt(FeeScheduleItem::getPosition)).toList();
        for (FeeScheduleItem item : ordered) {
            switch (item.getKind()) {
                case FLAT -> fees.add(line(item.getDescription(), item.getAmount()));
                case PER_UNIT -> {
                    int units = basis.unitsOf(item.getUnitName());
                    if (units > 0) {
                        fees.add(line(perUnitDescription(item, units),
                                item.getAmount().multiply(BigDecimal.valueOf(units))));
                    }
                }
                case VALUATION_BAND -> {
                    if (hasValuation(valuation) && item.covers(valuation) && bandTablesDone.add(item.getDescription())) {
                        fees.add(line(item.getDescription() + " on " + Formats.money(valuation),
                                bandFee(item, valuation)));
                    }
                }
            }
        }
        return fees;
    }

    public List<CalculatedFee> stateFees(BigDecimal valuation, SmipCategory smipCategory) {
        if (!hasValuation(valuation)) {
            return List.of();
        }
        String smipRate = smipCategory == SmipCategory.RESIDENTIAL_1_TO_3_STORIES
                ? "Group R, 1–3 stories" : "other buildings";
        return List.of(
                new CalculatedFee("State SB 1473 building standards fee", CaliforniaStateFees.sb1473(valuation),
                        FeeSource.STATE_FEE),
                new CalculatedFee("State SMIP strong-motion fee (" + smipRate + ")",
                        CaliforniaStateFees.smip(valuation, smipCategory), FeeSource.STATE_FEE));
    }

    /** The fee of a valuation band that covers {@code valuation}. */
    static BigDecimal bandFee(FeeScheduleItem band, BigDecimal valuation) {
        if (band.getRate() == null) {
            return band.getAmount();
        }
        BigDecimal steps = valuation.subtract(band.getBandFrom()).divide(band.getRatePer(), 0, RoundingMode.CEILING);
        return band.getAmount().add(band.getRate().multiply(steps));
    }

    private static String perUnitDescription(FeeScheduleItem item, int units) {
        return item.getDescription() + " (" + units + " × " + Formats.money(item.getAmount()) + " per "
                + item.getUnitName() + ")";
    }

    private static CalculatedFee line(String description, BigDecimal amount) {
        return new CalculatedFee(description, amount.setScale(2, RoundingMode.HALF_UP), FeeSource.SCHEDULE);
    }

    private static boolean hasValuation(BigDecimal valuation) {
        return valuation != null && valuation.signum() > 0;
    }
}
