/**
 * Vocabulary of page structure shared by extraction and the publication-date reader: the class/id words naming
 * zones that hold neither the article's text nor its dates ({@link newsflow.enrich.page.BoilerplateWords}).
 */
package newsflow.enrich.page;
