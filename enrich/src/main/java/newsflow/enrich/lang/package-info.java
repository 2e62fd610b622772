/**
 * Language separation inside a document, block by block (issue 4).
 *
 * <p>First a block holding whole sentences in two writing systems is cut where the script changes
 * ({@link newsflow.enrich.lang.ScriptSentences}, case C17); a quote or a name in another script stays in its
 * sentence. Order of the evidence, for each block: {@link newsflow.enrich.lang.LetterProfile} keeps letters only
 * (digits, punctuation, URLs, e-mail addresses and handles are not evidence) and finds the dominant writing
 * system, quoted letters weighing half; the writing system narrows the candidates to the enabled languages that
 * write it, and decides alone when one remains (Hangul, kana, Hebrew, Devanagari…; Han without kana only leans
 * to Chinese, so that kanji-only lines on Japanese pages stay Japanese); otherwise Lingua ranks the
 * candidates on that script's words, proper names left out ({@link newsflow.enrich.lang.ProperNames},
 * {@link newsflow.enrich.lang.LinguaScorer}), adjusted for the Arabic script by
 * the decisive letters of Arabic, Persian and Urdu ({@link newsflow.enrich.lang.ArabicScriptLetters}); when the
 * enabled languages fit about equally, a language Lingua knows but the configuration does not enable (Czech,
 * Norwegian, Bulgarian…) wins as {@code und} ({@link newsflow.enrich.lang.UnsupportedLanguages}); then
 * {@link newsflow.enrich.lang.ContextResolver} lets names, truncated sentences and blocks without letters take
 * their neighbours' language while a short paragraph (two words or more) clearly in another language keeps its
 * own, and a heading alone in its language joins the section it opens
 * ({@link newsflow.enrich.lang.LoneHeadings}); a page mostly in an unsupported language is read again with that
 * knowledge ({@link newsflow.enrich.lang.UnsupportedMajority}).
 *
 * <p>Claims only what the text supports (issue 13): a small block of mostly capitalised words (a price list of
 * product names, a credit line) that cannot tell its best language from the runner-up needs three times the usual
 * evidence to leave its page's language, so it joins its neighbours instead of making an edition of its own;
 * languages Lingua does not know — Yiddish, Ladino, Arabic and Hebrew in Latin letters — are recognised by their
 * spelling and called {@code und} ({@link newsflow.enrich.lang.UnlistedLanguages}); a short title mixing a few
 * Latin loanwords into Arabic script is read in Arabic script.
 *
 * <p>Measured with {@code java -Xmx1g -jar newsflow.jar eval languages --data ../shared/eval --sets
 * sentences,word-pairs,single-words}, the twenty default languages (2 shared cores, so the rates vary):
 * <table>
 *   <caption>high- vs low-accuracy mode</caption>
 *   <tr><th></th><th>HIGH (default)</th><th>LOW</th></tr>
 *   <tr><td>mixed-language paragraph accuracy (gold blocks)</td><td>0.9978</td><td>0.9901</td></tr>
 *   <tr><td>blocks under 50 characters</td><td>0.9843</td><td>0.9333</td></tr>
 *   <tr><td>exact language set</td><td>0.9933</td><td>0.9400</td></tr>
 *   <tr><td>monolingual pages with one edition</td><td>1.0</td><td>1.0</td></tr>
 *   <tr><td>the same through ArticleExtractor: paragraphs / short / set</td><td>0.9967 / 0.9804 / 0.9933</td>
 *       <td>0.9890 / 0.9294 / 0.9400</td></tr>
 *   <tr><td>Lingua sentences, mean of 20</td><td>0.9943</td><td>0.9857</td></tr>
 *   <tr><td>Lingua word pairs, mean of 20</td><td>0.9599</td><td>0.9069</td></tr>
 *   <tr><td>Lingua single words, mean of 20</td><td>0.8672</td><td>0.7842</td></tr>
 *   <tr><td>heap used after GC, models loaded</td><td>483 MiB (438 before the unsupported-language
 *       check)</td><td>≈75 MiB</td></tr>
 *   <tr><td>model loading (preload)</td><td>10–20 s</td><td>1–2 s</td></tr>
 *   <tr><td>blocks/s, one thread, warm</td><td>700–2,200</td><td>≈1,400</td></tr>
 * </table>
 * The unsupported-language check ({@link newsflow.enrich.lang.UnsupportedLanguages}) adds about 40 MiB (the
 * trigram models of the Latin- and Cyrillic-script languages Lingua knows) and 10–25% to the CPU time per
 * block on the mixed-language set (≈4,000 → ≈3,500 blocks per CPU-second, thread CPU time, warm); it leaves
 * the figures above unchanged (single words 0.8672 included). {@code new LanguageIdentifier(languages, mode, false)} turns it off.
 * High-accuracy mode is the default: it is the one that meets the targets on short blocks, within a 1 GiB heap.
 * Each further Latin-, Cyrillic- or Arabic-script language costs about 30 MiB in that mode; languages whose
 * script decides alone load no model.
 */
package newsflow.enrich.lang;
