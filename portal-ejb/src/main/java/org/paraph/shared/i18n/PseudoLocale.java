package org.paraph.shared.i18n;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A locale no one speaks, for testers: every text of the bundle wrapped in brackets and accented
 * ({@code Log in} becomes {@code [Ľöĝ îñ]}), so a text not taken from the bundle stands out on a
 * page, in a mail or in a PDF. It is derived from the English bundle when asked for (by {@code
 * texts_en_XA} and the web module's {@code messages_en_XA}), never checked in, so it cannot go
 * stale. {@code en-XA} is the tag Android and Chrome use for the same purpose (XA is a region
 * reserved for private use). A browser gets it only by asking for it first in {@code
 * Accept-Language}.
 */
public final class PseudoLocale {

  public static final Locale LOCALE = Locale.forLanguageTag("en-XA");

  private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ACCENTED = "àƀçďéƒĝĥîĵķľɱñöþǫŕšţûṽŵẋýžÀƁÇĎÉƑĜĤÎĴĶĽṀÑÖÞǪŔŜŢÛṼŴẊÝŽ";

  /** The start of a choice argument, {@code {1,choice,}, and the limit of one of its branches. */
  private static final Pattern CHOICE = Pattern.compile("\\{\\s*\\d+\\s*,\\s*choice\\s*,");

  private static final Pattern LIMIT = Pattern.compile("\\s*[-+0-9.\\u221E]+\\s*[#<\\u2264]");

  private PseudoLocale() {}

  public static boolean is(Locale locale) {
    return LOCALE.getLanguage().equals(locale.getLanguage())
        && LOCALE.getCountry().equals(locale.getCountry());
  }

  /**
   * The text wrapped and accented, with what a program reads left as it is: {@code MessageFormat}
   * arguments ({@code {0}}, {@code {1,number}}), HTML tags and character references ({@code &amp;},
   * {@code &#160;}). The words a choice writes ({@code {1,choice,0#hidden|1#shown}}) are accented,
   * their limits kept.
   */
  public static String of(String text) {
    return '[' + accented(text) + ']';
  }

  private static String accented(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end =
          switch (c) {
            case '{' -> closing(text, i, '{', '}');
            case '<' -> closing(text, i, '<', '>');
            case '&' -> reference(text, i);
            default -> -1;
          };
      if (end > i) {
        String kept = text.substring(i, end + 1);
        out.append(c == '{' ? withChoicesAccented(kept) : kept);
        i = end + 1;
      } else {
        int at = PLAIN.indexOf(c);
        out.append(at < 0 ? c : ACCENTED.charAt(at));
        i++;
      }
    }
    return out.toString();
  }

  /** An argument as it is, or, for a choice, with the words of each branch accented. */
  private static String withChoicesAccented(String argument) {
    Matcher choice = CHOICE.matcher(argument);
    if (!choice.lookingAt()) {
      return argument;
    }
    String branches = argument.substring(choice.end(), argument.length() - 1);
    StringBuilder out = new StringBuilder(argument.substring(0, choice.end()));
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= branches.length(); i++) {
      char c = i < branches.length() ? branches.charAt(i) : '|';
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.append(start > 0 ? "|" : "").append(branch(branches.substring(start, i)));
        start = i + 1;
      }
    }
    return out.append('}').toString();
  }

  /** {@code 1#shown}: the limit and its sign as they are, the words accented. */
  private static String branch(String branch) {
    Matcher limit = LIMIT.matcher(branch);
    return limit.lookingAt()
        ? branch.substring(0, limit.end()) + accented(branch.substring(limit.end()))
        : branch;
  }

  /** Where the bracket opened at {@code from} closes, nested ones counted; -1 when it does not. */
  private static int closing(String text, int from, char open, char close) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == open) {
        depth++;
      } else if (text.charAt(i) == close && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The end of a character reference ({@code &amp;}, {@code &#39;}) at {@code from}, or -1. */
  private static int reference(String text, int from) {
    for (int i = from + 1; i < text.length() && i - from <= 10; i++) {
      char c = text.charAt(i);
      if (c == ';') {
        return i > from + 1 ? i : -1;
      }
      if (!Character.isLetterOrDigit(c) && c != '#') {
        return -1;
      }
    }
    return -1;
  }
}
