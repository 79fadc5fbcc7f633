package org.huibao.output;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON string escaping for the json and sarif formats: Jackson escapes C0 controls itself; this adds
 * the rest of what {@link Visible} hides (DEL, C1 controls, bidi controls, U+2028 and U+2029) as
 * backslash, u and four hex digits, as JSON writes any escape. Values stay exactly the data (a parser
 * reads back the file name as it is on disk, as the output contract wants), while the bytes hold
 * nothing that can drive a terminal showing the file, reorder it, or end a line for a JavaScript
 * consumer.
 */
final class JsonEscapes extends CharacterEscapes {

    static final JsonEscapes INSTANCE = new JsonEscapes();

    private final int[] ascii;

    private JsonEscapes() {
        int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
        codes[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        this.ascii = codes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return Visible.hidden(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
}
