package org.permitdesk.report;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/** A template's rows from a list of records, each field read by a function; a field it lacks is named. */
final class RowsDataSource<T> implements JRRewindableDataSource {

    private final List<T> rows;
    private final Map<String, Function<T, ?>> fields;
    private int index = -1;

    RowsDataSource(List<T> rows, Map<String, Function<T, ?>> fields) {
        this.rows = rows;
        this.fields = fields;
    }

    @Override
    public boolean next() {
        index++;
        return index < rows.size();
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Function<T, ?> value = fields.get(field.getName());
        if (value == null) {
            throw new JRException("the template has a field \"" + field.getName() + "\" that this report does not"
                    + " provide; its fields are " + String.join(", ", new TreeSet<>(fields.keySet())));
        }
        return value.apply(rows.get(index));
    }

    @Override
    public void moveFirst() {
        index = -1;
    }
}
