package org.huibao.analysis;

import java.util.List;
import org.huibao.api.Spot;

/** Finds spots in one line. Implementations are immutable and shared by all threads. */
interface Detector {

    void detect(LineContext line, List<Spot> out);
}
