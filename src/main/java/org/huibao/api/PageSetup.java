package org.huibao.api;

/** Page margins in millimetres (GB/T 9704: top 37, bottom 35, left 28, right 26, each ±1). */
public record PageSetup(double topMm, double bottomMm, double leftMm, double rightMm) {
}
