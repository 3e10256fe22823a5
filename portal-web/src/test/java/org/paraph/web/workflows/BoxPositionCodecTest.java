package org.paraph.web.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Box positions between the wizard's page script and the bean, both ways. */
class BoxPositionCodecTest {

  private static DraftBox box(float x, float y, float width, float height) {
    return new DraftBox(new DraftParticipant(), 0, 1, x, y, width, height);
  }

  @Test
  void writesEachBoxAsFourPointValuesWithTwoDecimals() {
    List<DraftBox> boxes = List.of(box(36, 36, 180, 60), box(10.125f, 200.5f, 90.333f, 45));

    assertEquals(
        "36.00,36.00,180.00,60.00;10.13,200.50,90.33,45.00", BoxPositionCodec.encode(boxes));
  }

  @Test
  void writesNothingForAPageWithoutBoxes() {
    assertEquals("", BoxPositionCodec.encode(List.of()));
  }

  @Test
  void movesEachBoxToThePositionTheScriptWrote() {
    DraftBox first = box(36, 36, 180, 60);
    DraftBox second = box(36, 116, 180, 60);

    BoxPositionCodec.apply("100.5,200,150,50;300,400.25,120,40", List.of(first, second));

    assertEquals("100.50,200.00,150.00,50.00", BoxPositionCodec.encode(List.of(first)));
    assertEquals("300.00,400.25,120.00,40.00", BoxPositionCodec.encode(List.of(second)));
  }

  @Test
  void readsBackWhatItWrote() {
    DraftBox box = box(12.34f, 56.78f, 90.12f, 34.56f);
    String written = BoxPositionCodec.encode(List.of(box));

    BoxPositionCodec.apply(written, List.of(box));

    assertEquals(written, BoxPositionCodec.encode(List.of(box)));
  }

  @Test
  void leavesABoxWhereItWasWhenItsPositionIsNotFourNumbers() {
    DraftBox incomplete = box(36, 36, 180, 60);
    DraftBox garbled = box(36, 116, 180, 60);
    DraftBox moved = box(36, 196, 180, 60);

    BoxPositionCodec.apply("1,2,3;x,y,w,h;7,8,9,10", List.of(incomplete, garbled, moved));

    assertEquals("36.00,36.00,180.00,60.00", BoxPositionCodec.encode(List.of(incomplete)));
    assertEquals("36.00,116.00,180.00,60.00", BoxPositionCodec.encode(List.of(garbled)));
    assertEquals("7.00,8.00,9.00,10.00", BoxPositionCodec.encode(List.of(moved)));
  }

  @Test
  void ignoresPositionsBeyondTheBoxesAndBlankInput() {
    DraftBox only = box(36, 36, 180, 60);

    BoxPositionCodec.apply("", List.of(only));
    BoxPositionCodec.apply(null, List.of(only));
    BoxPositionCodec.apply("1,2,3,4;5,6,7,8", List.of(only));

    assertEquals("1.00,2.00,3.00,4.00", BoxPositionCodec.encode(List.of(only)));
  }
}
