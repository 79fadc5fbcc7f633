package org.huibao.model;

/** One line of the score breakdown: what earned (or cost) points. */
public record ScoreItem(String item, double points, double max, String detail) {
}
