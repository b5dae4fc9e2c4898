package org.buergerbot.knowledge;

import java.text.Normalizer;

/**
 * First step of the answer pipeline: Unicode NFC, control, zero-width and bidirectional marks removed,
 * whitespace collapsed. It never truncates; callers reject text over their length cap instead.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Returns the normalised text, possibly empty, never null. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.CONTROL) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (isInvisible(cp)) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Format characters (zero-width space and joiners, bidi marks, BOM), unassigned and private-use code points. */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }
}
