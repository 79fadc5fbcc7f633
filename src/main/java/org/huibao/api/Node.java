package org.huibao.api;

/**
 * One node of the report tree. All nodes of a report share one id space so that facts in the rule
 * engine can refer to each other by id (Drools joins on values, not on object graphs).
 */
public sealed interface Node permits Block, Heading, Sentence {
    int id();

    NodeType type();

    Span span();

    String text();

    default int line() {
        return span().line();
    }

    default int column() {
        return span().column();
    }
}
