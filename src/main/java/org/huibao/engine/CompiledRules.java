package org.huibao.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.definition.KiePackage;

/**
 * The output of compiling the rule files: the packages, and the bytecode of the types the rules
 * {@code declare}, which must be defined before the packages that use them can be read back from the
 * cache.
 *
 * @param loader   defines the declared types; the KieBase resolves classes through it
 * @param classes  the declared types' bytecode by resource name, as Drools stores it
 * @param packages the compiled packages
 */
record CompiledRules(ProjectClassLoader loader, Map<String, byte[]> classes, Collection<KiePackage> packages) {

    CompiledRules {
        classes = Map.copyOf(classes);
        packages = List.copyOf(packages);
    }
}
