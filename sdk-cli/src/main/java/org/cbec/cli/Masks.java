package org.cbec.cli;

import java.util.regex.Pattern;
import org.cbec.core.validation.Sensitivity;

/**
 * Masks personal data in free text that the CLI prints but did not write itself (receipt texts, error details):
 * resident ID numbers and mainland mobile numbers, as the SDK masks them in fields.
 *
 * <pre>{@code
 * Masks.text("订购人 110101199003074514 电话 13522652231"); // "订购人 110***********4514 电话 135****2231"
 * }</pre>
 */
final class Masks {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9]\\d{9}(?![0-9])");

    private Masks() {
    }

    /** {@code text} with every ID number and mobile number masked; {@code null} stays {@code null}. */
    static String text(String text) {
        if (text == null) {
            return null;
        }
        String ids = ID_NUMBER.matcher(text).replaceAll(m -> Sensitivity.ID_NUMBER.mask(m.group()));
        return MOBILE.matcher(ids).replaceAll(m -> Sensitivity.PHONE.mask(m.group()));
    }
}
