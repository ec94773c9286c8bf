package org.permitdesk.permit.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples of the fee rules (src/docs/adr/0008-fees-and-state-fees.md). */
class FeeCalculatorTest {

    private static final FeeBasis RESIDENTIAL = new FeeBasis(SmipCategory.RESIDENTIAL_1_TO_3_STORIES, Map.of());
    private final FeeCalculator calculator = new FeeCalculator();

    /** Palm Valley's Building schedule as seeded by V6 (part of its valuation table). */
    private static List<FeeScheduleItem> buildingSchedule() {
        String table = "Building permit fee (valuation)";
        return List.of(
                FeeScheduleItem.flat(null, 1, "Permit issuance", money("45.00")),
                FeeScheduleItem.valuationBand(null, 2, table, money("0"), money("500"), money("35.00"), null, null),
                FeeScheduleItem.valuationBand(null, 3, table, money("500"), money("2000"), money("35.00"),
                        money("4.50"), money("100")),
                FeeScheduleItem.valuationBand(null, 4, table, money("2000"), money("25000"), money("102.50"),
                        money("20.50"), money("1000")),
                FeeScheduleItem.valuationBand(null, 7, table, money("100000"), money("500000"), money("1456.50"),
                        money("8.20"), money("1000")),
                FeeScheduleItem.valuationBand(null, 9, table, money("1000000"), null, money("8211.50"),
                        money("4.60"), money("1000")),
                FeeScheduleItem.flat(null, 10, "Technology and records fee", money("18.00")));
    }

    @Test
    void aResidentialPermitValuedAt250000PaysSb1473Of10AndSmipOf3250() {
        List<CalculatedFee> state = calculator.stateFees(money("250000.00"), SmipCategory.RESIDENTIAL_1_TO_3_STORIES);

        assertEquals(List.of(
                new CalculatedFee("State SB 1473 building standards fee", money("10.00"), FeeSource.STATE_FEE),
                new CalculatedFee("State SMIP strong-motion fee (Group R, 1–3 stories)", money("32.50"),
                        FeeSource.STATE_FEE)), state);
    }

    @ParameterizedTest(name = "valuation ${0} → SB 1473 ${1}")
    @CsvSource({
            "0.01, 1.00",          // the $1 minimum
            "1000.00, 1.00",
            "25000.00, 1.00",      // $1 per $25,000 ...
            "25000.01, 2.00",      // ... or fraction thereof
            "100000.00, 4.00",     // $4 per $100,000
            "250000.00, 10.00",
            "250000.01, 11.00",
            "1234567.00, 50.00"})  // 49.38 steps → 50
    void sb1473IsOneDollarPer25000OrFractionThereofAtLeastOneDollar(String valuation, String fee) {
        assertEquals(money(fee), CaliforniaStateFees.sb1473(money(valuation)));
    }

    @ParameterizedTest(name = "valuation ${0} ({1}) → SMIP ${2}")
    @CsvSource({
            "250000.00, RESIDENTIAL_1_TO_3_STORIES, 32.50",   // × 0.00013
            "250000.00, OTHER, 70.00",                         // × 0.00028
            "38500.00, RESIDENTIAL_1_TO_3_STORIES, 5.01",      // 5.005: half a cent rounds up (not to even)
            "123456.78, OTHER, 34.57",                         // 34.5679
            "1000.00, RESIDENTIAL_1_TO_3_STORIES, 0.50",       // 0.13 → the $0.50 minimum
            "1785.71, OTHER, 0.50",                            // 0.4999988 → 0.50
            "3850.00, OTHER, 1.08"})                           // 1.078
    void smipIsValuationTimesTheRateToTheNearestCentAtLeastFiftyCents(String valuation, SmipCategory category,
                                                                      String fee) {
        assertEquals(money(fee), CaliforniaStateFees.smip(money(valuation), category));
    }

    @Test
    void stateFeesNeedAValuationAboveZero() {
        assertEquals(List.of(), calculator.stateFees(null, SmipCategory.OTHER));
        assertEquals(List.of(), calculator.stateFees(money("0.00"), SmipCategory.OTHER));
        assertThrows(IllegalArgumentException.class, () -> CaliforniaStateFees.sb1473(money("0")));
    }

    @Test
    void aBuildingPermitGetsItsScheduleLinesInOrderThenTheStateFees() {
        List<CalculatedFee> fees = calculator.calculate(buildingSchedule(), money("250000.00"), RESIDENTIAL);

        assertEquals(List.of(
                new CalculatedFee("Permit issuance", money("45.00"), FeeSource.SCHEDULE),
                // $1,456.50 for the first $100,000, plus 150 × $8.20 for the next $150,000
                new CalculatedFee("Building permit fee (valuation) on $250,000.00", money("2686.50"),
                        FeeSource.SCHEDULE),
                new CalculatedFee("Technology and records fee", money("18.00"), FeeSource.SCHEDULE),
                new CalculatedFee("State SB 1473 building standards fee", money("10.00"), FeeSource.STATE_FEE),
                new CalculatedFee("State SMIP strong-motion fee (Group R, 1–3 stories)", money("32.50"),
                        FeeSource.STATE_FEE)), fees);
    }

    @ParameterizedTest(name = "valuation ${0} → building fee ${1}")
    @CsvSource({
            "1.00, 35.00",
            "500.00, 35.00",        // a band includes its top
            "500.01, 39.50",        // a part step of $100 counts as a whole one
            "2000.00, 102.50",      // 35.00 + 15 × 4.50
            "2000.01, 123.00",      // the next band: 102.50 + 1 × 20.50
            "1500000.00, 10511.50"}) // the open top band: 8,211.50 + 500 × 4.60
    void theValuationTableChargesTheBandsBaseFeePlusItsRatePerStepOrFractionAboveItsStart(String valuation,
                                                                                        String fee) {
        List<CalculatedFee> fees = calculator.scheduleFees(buildingSchedule(), money(valuation), RESIDENTIAL);

        assertEquals(money(fee), fees.get(1).amount(), fees.toString());
        assertEquals(3, fees.size(), "one band of the table applies");
    }

    @Test
    void withoutAValuationThereIsNoValuationFeeAndNoStateFee() {
        List<CalculatedFee> fees = calculator.calculate(buildingSchedule(), null, FeeBasis.none());

        assertEquals(List.of("Permit issuance", "Technology and records fee"),
                fees.stream().map(CalculatedFee::description).toList());
    }

    @Test
    void perUnitItemsChargeTheUnitsRecordedAndSkipUnitsNotRecorded() {
        List<FeeScheduleItem> plumbing = List.of(
                FeeScheduleItem.flat(null, 1, "Permit issuance", money("45.00")),
                FeeScheduleItem.perUnit(null, 2, "Plumbing fixtures", money("14.00"), "fixture"),
                FeeScheduleItem.perUnit(null, 3, "Gas outlets", money("11.50"), "gas outlet"));
        FeeBasis basis = new FeeBasis(SmipCategory.OTHER, Map.of("fixture", 6, "gas outlet", 0));

        List<CalculatedFee> fees = calculator.calculate(plumbing, null, basis);

        assertEquals(List.of(
                new CalculatedFee("Permit issuance", money("45.00"), FeeSource.SCHEDULE),
                new CalculatedFee("Plumbing fixtures (6 × $14.00 per fixture)", money("84.00"), FeeSource.SCHEDULE)),
                fees);
    }

    @Test
    void unitsCannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> new FeeBasis(SmipCategory.OTHER, Map.of("day", -1)));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
