package dev.ember.bench;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Result values as tagged text, written by each engine's JVM and compared by the runner:
 * {@code N} null, {@code I:} integral, {@code D:} decimal, {@code F:} floating point (round-trip
 * text), {@code T:} date, {@code S:} string (tab, newline and backslash escaped), {@code B:} boolean.
 */
final class Values {
    static final double DOUBLE_RELATIVE = 1e-9;

    private Values() {
    }

    static String tag(Object v) {
        if (v == null) {
            return "N";
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte || v instanceof BigInteger) {
            return "I:" + v;
        }
        if (v instanceof BigDecimal) {
            return "D:" + ((BigDecimal) v).toPlainString();
        }
        if (v instanceof Double || v instanceof Float) {
            return "F:" + Double.toString(((Number) v).doubleValue());
        }
        if (v instanceof java.sql.Date || v instanceof java.time.LocalDate) {
            return "T:" + v;
        }
        if (v instanceof Boolean) {
            return "B:" + v;
        }
        if (v instanceof String) {
            return "S:" + ((String) v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
        }
        // timestamps and anything else: their text (TPC-H has none)
        return "S:" + v.toString().replace("\t", "\\t").replace("\n", "\\n");
    }

    /** Null when equal, else why not. Decimals and integers must be exactly equal; doubles within tolerance. */
    static String compareCell(String a, String b) {
        if (a.equals(b)) {
            return null;
        }
        char ta = a.charAt(0);
        char tb = b.charAt(0);
        if (isNumber(ta) && isNumber(tb)) {
            if (ta != 'F' && tb != 'F') {
                return new BigDecimal(a.substring(2)).compareTo(new BigDecimal(b.substring(2))) == 0 ? null : a + " != " + b;
            }
            double x = Double.parseDouble(a.substring(2));
            double y = Double.parseDouble(b.substring(2));
            double tolerance = DOUBLE_RELATIVE * Math.max(Math.abs(x), Math.abs(y));
            // a decimal compared with a double: the decimal may be the double rounded to its scale
            tolerance = Math.max(tolerance, Math.max(halfUlp(a), halfUlp(b)));
            return Math.abs(x - y) <= tolerance ? null : a + " != " + b;
        }
        return a + " != " + b;
    }

    static boolean isNumber(char tag) {
        return tag == 'I' || tag == 'D' || tag == 'F';
    }

    static double halfUlp(String tagged) {
        if (tagged.charAt(0) != 'D') {
            return 0;
        }
        return 0.5 * Math.pow(10, -new BigDecimal(tagged.substring(2)).scale()) * (1 + 1e-9);
    }

    /** Null when the rows agree (in order, or as multisets when {@code orderFree}), else the first difference. */
    static String compareRows(List<String> expected, List<String> actual) {
        if (expected.size() != actual.size()) {
            return "row count " + actual.size() + " != " + expected.size();
        }
        for (int i = 0; i < expected.size(); i++) {
            String[] e = expected.get(i).split("\t", -1);
            String[] a = actual.get(i).split("\t", -1);
            if (e.length != a.length) {
                return "row " + (i + 1) + ": " + a.length + " columns != " + e.length;
            }
            for (int c = 0; c < e.length; c++) {
                String why = compareCell(e[c], a[c]);
                if (why != null) {
                    return "row " + (i + 1) + " column " + (c + 1) + ": " + why;
                }
            }
        }
        return null;
    }

    /** The rows sorted by their text, to compare results whose order is not fully determined (ties). */
    static List<String> sorted(List<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        copy.sort(null);
        return copy;
    }
}
