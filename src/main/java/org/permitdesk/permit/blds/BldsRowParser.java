package org.permitdesk.permit.blds;

import static org.permitdesk.permit.blds.BldsColumns.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.permitdesk.platform.ShownText;

/**
 * Turns one row of a BLDS file into a {@link BldsRow}, or says in plain words why it cannot be stored:
 * a missing permit number, a date that is not YYYY-MM-DD, a number that is not a number, a value longer
 * than PermitDesk keeps. Values are never cut or guessed.
 */
final class BldsRowParser {

    /** Dates may carry a time ("2023-04-11T00:00:00.000" or "2023-04-11 00:00:00"), which is dropped. */
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");
    private static final Pattern MONEY = Pattern.compile("-?\\$?[0-9,]*(\\.[0-9]*)?");
    private static final BigDecimal MAX_MONEY = new BigDecimal("9999999999.99");

    private final BldsFileReader reader;
    private final int columns;

    BldsRowParser(BldsFileReader reader) {
        this.reader = reader;
        this.columns = reader.header().size();
    }

    /** A row that cannot be imported, with the reason. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    BldsRow parse(BldsFileReader.Row row) throws Rejected {
        if (row.values().size() != columns) {
            throw new Rejected("has " + row.values().size() + " values, the header has " + columns + " columns");
        }
        String number = text(row, PERMIT_NUM, 30);
        if (number == null) {
            throw new Rejected("no " + PERMIT_NUM);
        }
        BldsStatus.Dates dates = new BldsStatus.Dates(date(row, APPLIED_DATE), date(row, ISSUED_DATE),
                date(row, COMPLETED_DATE), date(row, STATUS_DATE), date(row, EXPIRES_DATE), date(row, VOID_DATE));
        if (dates.applied() == null && dates.issued() == null) {
            throw new Rejected("no " + APPLIED_DATE + " or " + ISSUED_DATE);
        }
        String statusText = text(row, STATUS_CURRENT, 100);
        BldsStatus.Outcome status = BldsStatus.of(dates, statusText, text(row, STATUS_CURRENT_MAPPED, 100));
        String typeCode = text(row, PERMIT_TYPE, 20);
        String typeName = text(row, PERMIT_TYPE_DESC, 100);
        if (typeCode == null) {
            typeCode = text(row, PERMIT_TYPE_MAPPED, 20);
        }
        return new BldsRow(number, typeCode, typeName != null ? typeName : typeCode,
                text(row, DESCRIPTION, 2000), money(row, EST_PROJECT_COST), address(row), contractor(row), status,
                statusText);
    }

    private BldsRow.Address address(BldsFileReader.Row row) throws Rejected {
        String line = joined(", ", reader.value(row, ADDRESS1), reader.value(row, ADDRESS2));
        String parcel = text(row, PIN, 40);
        if (line.isEmpty()) {
            if (parcel == null) {
                throw new Rejected("no address (" + ADDRESS1 + ") and no parcel (" + PIN + ")");
            }
            line = "Parcel " + parcel;
        }
        if (line.length() > 200) {
            throw new Rejected(ADDRESS1 + " and " + ADDRESS2 + " are longer than 200 characters together");
        }
        String state = text(row, STATE, 2);
        Double latitude = coordinate(row, LATITUDE, 90);
        Double longitude = coordinate(row, LONGITUDE, 180);
        if (latitude == null || longitude == null) {
            latitude = null;
            longitude = null;
        }
        return new BldsRow.Address(line, text(row, CITY, 80), state == null ? null : state.toUpperCase(Locale.ROOT),
                text(row, ZIP, 10), parcel, latitude, longitude);
    }

    private BldsRow.Contractor contractor(BldsFileReader.Row row) throws Rejected {
        String business = text(row, CONTRACTOR_COMPANY, 160);
        String name = text(row, CONTRACTOR_FULL_NAME, 120);
        String licence = text(row, CONTRACTOR_LIC_NUM, 20);
        if (licence == null) {
            licence = text(row, CONTRACTOR_STATE_LIC, 20);
        }
        if (business == null && name == null && licence == null) {
            return null;
        }
        String cityLine = joined(" ", joined(", ", reader.value(row, CONTRACTOR_CITY),
                reader.value(row, CONTRACTOR_STATE)), reader.value(row, CONTRACTOR_ZIP));
        String mailing = joined(", ", reader.value(row, CONTRACTOR_ADDRESS1), cityLine);
        if (mailing.length() > 300) {
            throw new Rejected("the contractor's address is longer than 300 characters");
        }
        return new BldsRow.Contractor(name, business, licence, text(row, CONTRACTOR_PHONE, 40),
                text(row, CONTRACTOR_EMAIL, 254), mailing.isEmpty() ? null : mailing);
    }

    /** The stripped value, null when empty; too long a value rejects the row. */
    private String text(BldsFileReader.Row row, String column, int max) throws Rejected {
        String value = reader.value(row, column);
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            throw new Rejected(column + " is " + value.length() + " characters long (at most " + max + ")");
        }
        return value;
    }

    private LocalDate date(BldsFileReader.Row row, String column) throws Rejected {
        String value = reader.value(row, column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (DATE_TIME.matcher(value).matches()) {
                return LocalDate.parse(value.substring(0, 10));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new Rejected(column + " \"" + ShownText.cell(value) + "\" is not a date (YYYY-MM-DD)");
    }

    private BigDecimal money(BldsFileReader.Row row, String column) throws Rejected {
        String value = reader.value(row, column);
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal amount = null;
        if (MONEY.matcher(value).matches()) {
            try {
                amount = new BigDecimal(value.replace("$", "").replace(",", ""));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (amount == null) {
            throw new Rejected(column + " \"" + ShownText.cell(value) + "\" is not an amount");
        }
        if (amount.signum() < 0 || amount.compareTo(MAX_MONEY) > 0) {
            throw new Rejected(column + " \"" + ShownText.cell(value) + "\" is not between 0 and 9,999,999,999.99");
        }
        return amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private Double coordinate(BldsFileReader.Row row, String column, double limit) throws Rejected {
        String value = reader.value(row, column);
        if (value.isEmpty()) {
            return null;
        }
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new Rejected(column + " \"" + ShownText.cell(value) + "\" is not a number");
        }
        if (!(Math.abs(number) <= limit)) {
            throw new Rejected(column + " \"" + ShownText.cell(value) + "\" is not between -" + (int) limit + " and " + (int) limit);
        }
        return number;
    }

    private static String joined(String separator, String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + separator + second;
    }
}
