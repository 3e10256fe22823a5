package org.paraph.api.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a browser or a proxy reads from the header built from an uploader's file name. */
class ContentDispositionTest {

  static String[][] names() {
    return new String[][] {
      {"contract.pdf", "attachment; filename=\"contract.pdf\"; filename*=UTF-8''contract.pdf"},
      {
        "a\"\r\nX-Injected: 1.pdf",
        "attachment; filename=\"a_X-Injected: 1.pdf\"; filename*=UTF-8''a%22X-Injected%3A%201.pdf"
      },
      {
        "bill; filename=evil.exe.pdf",
        "attachment; filename=\"bill_ filename=evil.exe.pdf\";"
            + " filename*=UTF-8''bill%3B%20filename%3Devil.exe.pdf"
      },
      {
        "Договор №5.pdf",
        "attachment; filename=\"_______ _5.pdf\";"
            + " filename*=UTF-8''%D0%94%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%20%E2%84%965.pdf"
      },
      {
        "契約書.pdf",
        "attachment; filename=\"___.pdf\"; filename*=UTF-8''%E5%A5%91%E7%B4%84%E6%9B%B8.pdf"
      },
      {"café.pdf", "attachment; filename=\"caf_.pdf\"; filename*=UTF-8''caf%C3%A9.pdf"},
      {
        "../../etc/passwd",
        "attachment; filename=\".._.._etc_passwd\"; filename*=UTF-8''.._.._etc_passwd"
      },
      {
        "back\\slash.pdf",
        "attachment; filename=\"back_slash.pdf\"; filename*=UTF-8''back_slash.pdf"
      },
      {
        "line\u2028sep\u0085.pdf",
        "attachment; filename=\"linesep.pdf\"; filename*=UTF-8''linesep.pdf"
      },
      {"\r\n", "attachment; filename=\"download\"; filename*=UTF-8''download"},
      {"..", "attachment; filename=\"download\"; filename*=UTF-8''download"},
    };
  }

  @ParameterizedTest
  @MethodSource("names")
  void theHeaderHasAnAsciiFallbackAndTheEncodedName(String name, String header) {
    String built = ContentDisposition.attachment(name);

    assertEquals(header, built);
    assertFalse(built.chars().anyMatch(c -> c < 0x20 || c > 0x7e), "only printable ASCII");
  }

  @ParameterizedTest
  @MethodSource("names")
  void theEncodedNameDecodesToTheNameWithoutControlCharacters(String name, String header) {
    String encoded = header.substring(header.indexOf("UTF-8''") + 7);
    String decoded = URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);

    assertEquals(ContentDisposition.cleaned(name), decoded);
  }

  @ParameterizedTest
  @MethodSource("names")
  void inlineDiffersOnlyInItsType(String name, String header) {
    assertEquals(header.replaceFirst("^attachment", "inline"), ContentDisposition.inline(name));
  }
}
