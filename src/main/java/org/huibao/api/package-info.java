/**
 * The rule author's API: the only huibao types a rule (DRL, built-in or an office's own) may use.
 *
 * <p>Every report is read once before the rules run. The facts inserted into the rule session, one set
 * per report, are:
 * <ul>
 *   <li>the report tree: {@link org.huibao.api.Block}, {@link org.huibao.api.Heading},
 *       {@link org.huibao.api.Sentence} (all {@link org.huibao.api.Node}s), and the whole report as
 *       {@link org.huibao.api.DocumentFact};</li>
 *   <li>the analysis of its text, computed in one pass per line: {@link org.huibao.api.Line} (each line
 *       read once), {@link org.huibao.api.Term} (word-list hits), {@link org.huibao.api.Spot}
 *       (character-level facts, of the kinds in {@link org.huibao.api.SpotKind}), {@link org.huibao.api.Trait}
 *       (properties of a node's whole text, {@link org.huibao.api.TraitKind}),
 *       {@link org.huibao.api.OrdinalMention}, {@link org.huibao.api.CueHit} (the required elements'
 *       cues with their context) and {@link org.huibao.api.LinePart} (what the part each line sits in is
 *       for);</li>
 *   <li>settings and layout: {@link org.huibao.api.Balance}, and for Word files
 *       {@link org.huibao.api.ParagraphFormat} and {@link org.huibao.api.PageSetup};</li>
 *   <li>and what the built-in element rules insert: {@link org.huibao.api.Evidence},
 *       {@link org.huibao.api.Weakness}.</li>
 * </ul>
 * Rules report through the global {@code findings} ({@link org.huibao.api.FindingSink}); a rule that
 * must run a regular expression declares the global {@code texts} ({@link org.huibao.api.Texts}), at a
 * cost the built-in rules never pay. {@link org.huibao.api.Numbering} and
 * {@link org.huibao.api.Typesetting} are helpers for conditions and consequences.
 */
package org.huibao.api;
