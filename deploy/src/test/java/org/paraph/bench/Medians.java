package org.paraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The median of a benchmark's rounds or servers, the same way for every figure it reports. */
final class Medians {

  private Medians() {}

  /**
   * The middle value once ordered from best to worst; of an even count, the worse of the two middle
   * ones: a benchmark had better not flatter.
   */
  static <T> T of(List<T> values, Comparator<? super T> bestFirst) {
    List<T> ordered = new ArrayList<>(values);
    ordered.sort(bestFirst);
    return ordered.get(ordered.size() / 2);
  }
}
