package org.huibao.api;

/**
 * A Word file's page margins in millimetres, from its first section (GB/T 9704: top 37, bottom 35, left
 * 28, right 26, each ±1). Inserted only for Word input that declares a page set-up.
 *
 * @param topMm    top margin
 * @param bottomMm bottom margin
 * @param leftMm   left margin
 * @param rightMm  right margin
 */
public record PageSetup(double topMm, double bottomMm, double leftMm, double rightMm) {
}
