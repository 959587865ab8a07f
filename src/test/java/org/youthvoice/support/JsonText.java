package org.youthvoice.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON text from plain values, including what a JSON library refuses to write: repeated keys, raw fragments
 * (huge numbers, broken nesting) and lone surrogates, which are escaped so that they survive as valid UTF-8 bytes.
 */
public final class JsonText {

    private JsonText() {
    }

    /** A JSON object whose keys keep their order and may repeat. */
    public record Obj(List<Map.Entry<String, Object>> fields) {

        public static Obj of(Object... keysAndValues) {
            Obj obj = new Obj(new ArrayList<>());
            for (int i = 0; i < keysAndValues.length; i += 2) {
                obj.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
            return obj;
        }

        /** Adds a field, or replaces the first field of that name. */
        public Obj put(String key, Object value) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).getKey().equals(key)) {
                    fields.set(i, new Entry(key, value));
                    return this;
                }
            }
            fields.add(new Entry(key, value));
            return this;
        }

        /** Adds a field even when one of that name exists. */
        public Obj add(String key, Object value) {
            fields.add(new Entry(key, value));
            return this;
        }

        public Object get(String key) {
            for (Map.Entry<String, Object> field : fields) {
                if (field.getKey().equals(key)) {
                    return field.getValue();
                }
            }
            return null;
        }

        public Obj copy() {
            Obj copy = new Obj(new ArrayList<>());
            fields.forEach(f -> copy.fields.add(new Entry(f.getKey(), f.getValue() instanceof Obj o ? o.copy() : f.getValue())));
            return copy;
        }
    }

    /** JSON text written as it is. */
    public record Raw(String text) {
    }

    /** A field that may hold null, which Map.entry does not allow. */
    private record Entry(String getKey, Object getValue) implements Map.Entry<String, Object> {
        @Override
        public Object setValue(Object value) {
            throw new UnsupportedOperationException();
        }
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.text());
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Obj obj) {
            out.append('{');
            for (int i = 0; i < obj.fields().size(); i++) {
                out.append(i == 0 ? "" : ",");
                string(obj.fields().get(i).getKey(), out);
                out.append(':');
                write(obj.fields().get(i).getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no JSON for " + value.getClass());
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
