package org.huibao.model;

/**
 * What was set aside in a report: findings its own comments suppress, and how its findings compare with
 * the run's baseline ({@code --baseline}).
 *
 * @param suppressed findings left out because a suppression comment in the report asks so
 *                   ({@code <!-- huibao-disable … -->}, a Word comment {@code huibao-ignore …})
 * @param baseline   whether the run compared its findings with a baseline
 * @param listed     whether the baseline lists this file; a file it does not list has nothing accepted and is
 *                   judged as without a baseline
 * @param stale      entries the baseline lists for this file that were not found again (fixed, or edited
 *                   beyond recognition)
 * @param accepted   the report passes only because the baseline accepts what would fail it otherwise
 */
public record Waivers(int suppressed, boolean baseline, boolean listed, int stale, boolean accepted) {

    public static final Waivers NONE = new Waivers(0, false, false, 0, false);
}
