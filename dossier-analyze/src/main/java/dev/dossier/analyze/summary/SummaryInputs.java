package dev.dossier.analyze.summary;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.Casing;
import dev.dossier.model.Quote;
import dev.dossier.model.Sentence;
import dev.dossier.model.SentenceEdges;
import dev.dossier.model.Token;
import dev.dossier.text.LeadingFurniture;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the summarizer's input from annotated articles. Each sentence enters from where its
 * statement begins ({@link Sentence#statementBegin}, found by {@link LeadingFurniture} at
 * annotation): a dateline or photo credit glued to its front is neither scored nor quoted, nor is a
 * sentence that has no statement (a caption, a label whose end nothing marks, a copyright notice).
 * In cased text, a sentence that opens a quotation without closing it, that begins inside a
 * quotation, that is in capitals throughout, that does not end like a sentence or that begins in
 * the middle of one, is scored but never quoted on its own; one that opens on a pronoun or
 * demonstrative pointing back ({@link BackReference}) is quoted only after the sentence before it.
 */
public final class SummaryInputs {
  private SummaryInputs() {}

  public static SummaryInput of(List<AnnotatedArticle> articles) {
    List<SummaryInput.Doc> docs = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      List<SummaryInput.Sent> sents = new ArrayList<>();
      boolean cased = Casing.looksCased(a.text()); // for the quote rule below
      for (Sentence s : a.sentences()) {
        List<String> words = new ArrayList<>();
        for (Token t : s.tokens()) {
          if (t.span().begin() >= s.statementBegin()) {
            words.add(t.word());
          }
        }
        String statement = s.statement(a.text());
        boolean standsAlone =
            s.hasStatement()
                && !introducesWhatFollows(statement)
                && !(cased
                    && (opensUnclosedQuote(statement)
                        || startsInsideQuote(s, a.quotes())
                        || shouted(statement)
                        || unfinished(statement)
                        || startsMidSentence(statement)));
        // Cased text only, like the quote rules: lowercased, tokenized datasets keep no capital to
        // tell a sentence's
        // opening "it" from a fragment's, and there the rule cost ROUGE when measured (see the
        // README).
        boolean leansBack = cased && !sents.isEmpty() && BackReference.leansBack(statement);
        sents.add(new SummaryInput.Sent(s.index(), statement, words, standsAlone, leansBack));
      }
      docs.add(new SummaryInput.Doc(a.article().id(), sents));
    }
    return new SummaryInput(docs);
  }

  /**
   * A sentence that opens a quotation and does not close it ("“I said, ‘That is not my boat!"
   * before "Where is it?’” she asked.") was cut inside the quote: its end and its speaker are in
   * the next sentence, so on its own it quotes nobody. Only cased text is judged: the lowercased,
   * tokenized text of some datasets spaces and drops quote marks, and there these sentences carry
   * content summaries use (excluding them cost 0.2 ROUGE-1 and 0.3 ROUGE-2 on Multi-News
   * validation).
   */
  static boolean opensUnclosedQuote(String text) {
    String t = text.strip();
    long open = t.chars().filter(c -> c == '“').count();
    long close = t.chars().filter(c -> c == '”').count();
    if (open > close) {
      return true;
    }
    long straight = t.chars().filter(c -> c == '"').count();
    return t.startsWith("\"") && straight % 2 == 1;
  }

  /**
   * A sentence that begins inside a quotation of several sentences ("“We sail at dawn. We will not
   * stop. Nobody stops us,” Holt said.") lacks the opening mark: quoted alone, its middle sentences
   * read as the reporter's own claim, and its last reads as a fragment ("Nobody stops us,” Holt
   * said.", or worse, "great,” he said. “" with the speaker a bare pronoun). The quotation itself
   * is listed among the quotes with its speaker. (Its first sentence opens the quote without
   * closing it, see {@link #opensUnclosedQuote}.)
   */
  static boolean startsInsideQuote(Sentence s, List<Quote> quotes) {
    // Every quotation counts, whether or not a speaker was found; batch summarization's splitter
    // finds them too.
    for (Quote q : quotes) {
      // The quote's span leaves out its marks, so a sentence that opens the quote begins before the
      // span.
      if (q.span().begin() < s.statementBegin() && s.statementBegin() < q.span().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence in capitals throughout ("POLICE SAY THE FERRY LEFT EARLY.") comes from a broadcast
   * transcript or a headline; a summary quotes the sources' written sentences instead. Four words
   * at least, so "NATO" or a short label does not count.
   */
  static boolean shouted(String text) {
    return text.strip().split("\\s+").length >= 4
        && text.chars().anyMatch(Character::isLetter)
        && text.chars().noneMatch(Character::isLowerCase);
  }

  /**
   * A sentence that ends in a colon ("The ferry company listed its demands:") introduces a list or
   * a quote that follows it; on its own it promises what it does not say.
   */
  static boolean introducesWhatFollows(String text) {
    return text.strip().endsWith(":");
  }

  /**
   * Cased prose ends on a full stop, a question or an exclamation mark, perhaps inside a closing
   * quote or bracket. A headline ("Council approves new ferry timetable"), a standfirst, a byline
   * ("Jo Bell for The Tide Wire"), a bracketed link or a caption cut short does not; nor does a
   * sentence whose link text was lost when the page became text ("This is clear evidence of ."),
   * which ends on a stray mark after a space. Each passes the cleaner as a line of its own or
   * reaches the splitter glued to prose, so the summary is where it is caught. (Lowercased,
   * tokenized datasets space every full stop; they are not judged.)
   */
  static boolean unfinished(String text) {
    String t = text.strip();
    int end = SentenceEdges.sentenceEnd(t);
    return end < 0 || (end > 0 && Character.isWhitespace(t.charAt(end - 1)));
  }

  /**
   * A sentence whose first word is lowercase ("wrote Jo Bell on her page.", "but the vote failed.")
   * is the tail of one the splitter cut, after a quotation or a line break in converted text. A
   * word with a capital inside ("eBay", "iPhone") opens sentences legitimately.
   */
  static boolean startsMidSentence(String text) {
    return SentenceEdges.opensOnLowercaseWord(text);
  }
}
