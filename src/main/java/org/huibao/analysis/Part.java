package org.huibao.analysis;

/** The stretch of text a cue hit stands for (see {@link org.huibao.api.CueHit#extent()}): from, to. */
record Part(int from, int to) {
}
