package dev.dossier.annotate;

import dev.dossier.model.AnnotatedArticle;
import dev.dossier.model.EntityType;
import dev.dossier.model.Mention;
import dev.dossier.model.Quote;
import dev.dossier.model.Sentence;
import dev.dossier.model.Span;
import dev.dossier.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fast quote attributor: speech verbs ("said", "told", "added", "according to") near the quote,
 * the entity mention or pronoun that is their subject, and pronouns resolved to the latest speaker.
 * Works on POS tags and NER mentions only, so it costs nothing beyond the annotation the briefing
 * needs anyway (CoreNLP's own attributor needs dependency parsing and coreference, about ten times
 * slower; see {@code dossier bench-quotes}).
 */
public final class SpeechVerbAttributor implements QuoteAttributor {
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "say",
          "tell",
          "add",
          "continue",
          "write",
          "reply",
          "ask",
          "stress",
          "note",
          "warn",
          "explain",
          "report",
          "state",
          "declare",
          "insist",
          "announce",
          "claim",
          "argue",
          "predict",
          "describe",
          "call",
          "urge",
          "tweet",
          "post",
          "comment",
          "acknowledge",
          "admit",
          "suggest",
          "recall",
          "remark",
          "respond",
          "answer",
          "conclude",
          "confirm",
          "deny",
          "emphasize",
          "emphasise",
          "observe",
          "promise",
          "quip",
          "joke",
          "vow",
          "testify",
          "assert",
          "maintain",
          "pledge",
          "complain",
          "caution",
          "concede",
          "agree",
          "shout",
          "proclaim",
          "mention",
          "exclaim",
          "wonder",
          "reiterate",
          "repeat",
          "recount",
          "counter",
          "retort",
          "contend",
          "allege",
          "assure",
          "boast",
          "lament",
          "muse",
          "concur",
          "elaborate",
          "clarify",
          "whisper",
          "yell",
          "scream",
          "plead",
          "sigh",
          "scoff",
          "snap");
  private static final Set<String> PRONOUNS = Set.of("he", "she");

  /** How far back from a speech verb its subject may stand (appositions make it long). */
  private static final int SUBJECT_WINDOW = 20;

  /** How far back a pronoun's antecedent may be, in sentences. */
  private static final int PRONOUN_REACH = 5;

  /** An "according to" source is weaker evidence of the speaker than a verb with a subject. */
  private static final int ACCORDING_TO_PENALTY = 15;

  @Override
  public String name() {
    return "speech-verb";
  }

  @Override
  public List<Quote> attribute(AnnotatedArticle article, List<Span> quoteSpans) {
    Flat flat = new Flat(article, quoteSpans);
    List<Quote> out = new ArrayList<>();
    Quote previous = null;
    for (Span q : quoteSpans) {
      Quote attributed = attributeOne(flat, q, previous);
      out.add(attributed);
      previous = attributed;
    }
    return out;
  }

  private Quote attributeOne(Flat f, Span q, Quote previous) {
    int first = f.firstTokenAtOrAfter(q.begin());
    int last = f.lastTokenAtOrBefore(q.end());
    if (first < 0 || last < first) {
      return new Quote(q, Math.max(0, f.article.sentenceAt(q.begin())), null, Quote.NONE);
    }
    int sentence = f.sentence[first];
    int regionStart = f.sentenceStart(f.sentence[first]);
    int regionEnd = f.sentenceEnd(f.sentence[last]);
    Candidate best = null;
    boolean unnamed = false;
    for (int i = regionStart; i < regionEnd; i++) {
      if (f.inQuote[i] || !isCue(f, i)) {
        continue;
      }
      if (i > last && f.verbBetween(last + 1, i)) {
        continue; // "“...,” China would continue ...": a new clause, not an attribution
      }
      int distance = i < first ? first - i : i - last;
      boolean according = isAccordingTo(f, i);
      Subject subject = according ? new Subject(f.mentionAfter(i + 2, 8), false) : subjectOf(f, i);
      Span speaker = subject.span();
      if (speaker == null) {
        unnamed |= !according && f.commonNounBefore(i);
        continue;
      }
      int score = distance + (according ? ACCORDING_TO_PENALTY : 0);
      if (best == null || score < best.score) {
        String cue =
            according
                ? Quote.ACCORDING_TO
                : subject.throughPronoun() ? Quote.PRONOUN : f.tokens[i].lemma();
        best = new Candidate(speaker, score, cue);
      }
    }
    if (best != null) {
      return new Quote(q, sentence, best.speaker, best.cue);
    }
    if (unnamed) {
      // "a prosecutor said", "An activist told the paper that ...": the speaker is someone the text
      // does not
      // name. A name nearby, or the previous quote's speaker, would be a guess.
      return new Quote(q, sentence, null, Quote.UNNAMED_SUBJECT);
    }
    // Someone named before the quote in its own sentence beats the previous quote's speaker: the
    // continuation rule is for quotes that stand alone after an attributed one.
    Span nearest = f.personBefore(first, regionStart);
    if (nearest != null) {
      return new Quote(q, sentence, nearest, Quote.NEAREST_PERSON);
    }
    Span subject = f.sentenceSubject(regionStart, first);
    if (subject != null) {
      return new Quote(q, sentence, subject, Quote.SENTENCE_SUBJECT);
    }
    if (previous != null
        && previous.speaker() != null
        && continues(f.article.text(), previous.span(), q)) {
      return new Quote(q, sentence, previous.speaker(), Quote.CONTINUATION);
    }
    return new Quote(q, sentence, null, Quote.NONE);
  }

  private static boolean isCue(Flat f, int i) {
    Token t = f.tokens[i];
    return (t.pos().startsWith("VB") && SPEECH_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)))
        || isAccordingTo(f, i);
  }

  private static boolean isAccordingTo(Flat f, int i) {
    return f.tokens[i].word().equalsIgnoreCase("according")
        && i + 1 < f.tokens.length
        && f.tokens[i + 1].word().equalsIgnoreCase("to");
  }

  /**
   * The subject of the speech verb at {@code v}: scanning back, the first person mention or pronoun
   * (an organization or place is kept as a fallback); if nothing stands before it in the clause,
   * the mention right after it ("..., said Jane Doe").
   */
  private Subject subjectOf(Flat f, int v) {
    if (f.commonNounBefore(v)) {
      // "police said", "the mayor said": a common noun is the subject. An organization right before
      // it speaks
      // through it ("the Tide Workers party said"); a place does not ("Valmere police said"), nor
      // does a name
      // further back ("In Valmere, police said"). A title may point to the person who holds it.
      Mention owner = v > 1 ? f.mention[v - 2] : null;
      return new Subject(
          owner != null && owner.type() == EntityType.ORGANIZATION
              ? owner.span()
              : f.titledPerson(v),
          false);
    }
    Span fallback = null;
    int stop = Math.max(f.clauseStart(v), v - SUBJECT_WINDOW);
    for (int i = v - 1; i >= stop && !f.inQuote[i]; i--) {
      Mention m = f.mention[i];
      if (m != null && !f.isModifier(m)) {
        if (m.type() == EntityType.PERSON) {
          return new Subject(m.span(), false);
        }
        fallback = fallback == null ? m.span() : fallback;
      } else if (m == null && PRONOUNS.contains(f.tokens[i].word().toLowerCase(Locale.ROOT))) {
        Span antecedent = f.antecedent(i, PRONOUN_REACH, this);
        return antecedent != null ? new Subject(antecedent, true) : new Subject(fallback, false);
      }
    }
    if (fallback != null) {
      return new Subject(fallback, false);
    }
    // "..., said Jane Doe" names the speaker after the verb; "says the council needs ..." names the
    // subject
    // of what is said, not who says it.
    Span after = f.inverted(v) ? f.mentionAfter(v + 1, 4) : null;
    return new Subject(after != null ? after : f.titledPerson(v), false);
  }

  /** The subject of the latest speech verb before token {@code i}, if it names a person. */
  Span latestSpeaker(Flat f, int before, int minSentence) {
    for (int i = before - 1; i >= 0 && f.sentence[i] >= minSentence; i--) {
      // Participles ("saying") take their subject from another clause: only finite verbs name the
      // speaker.
      if (!f.inQuote[i]
          && isCue(f, i)
          && !isAccordingTo(f, i)
          && !f.tokens[i].pos().equals("VBG")) {
        Span s = subjectWithoutPronoun(f, i);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  private static Span subjectWithoutPronoun(Flat f, int v) {
    int stop = Math.max(f.sentenceStart(f.sentence[v]), v - SUBJECT_WINDOW);
    for (int i = v - 1; i >= stop && !f.inQuote[i]; i--) {
      Mention m = f.mention[i];
      if (m != null && m.type() == EntityType.PERSON && !f.isModifier(m)) {
        return m.span();
      }
      if (m == null && PRONOUNS.contains(f.tokens[i].word().toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    Span after = f.mentionAfter(v + 1, 4);
    return after != null && f.mentionTypeAt(after) == EntityType.PERSON ? after : null;
  }

  /**
   * A quote continues the previous one when nothing but its speaker's attribution separates them:
   * same paragraph, or it opens the paragraph right after the one the previous quote stood in.
   */
  private static boolean continues(String text, Span previous, Span q) {
    String between = text.substring(Math.min(previous.end(), q.begin()), q.begin());
    int breaks = between.split("\n\n", -1).length - 1;
    return breaks == 0 || (breaks == 1 && startsParagraph(text, q.begin()));
  }

  private static boolean startsParagraph(String text, int quoteBegin) {
    int i = quoteBegin - 1;
    while (i >= 0
        && !Character.isWhitespace(text.charAt(i))
        && !Character.isLetterOrDigit(text.charAt(i))) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }

  private record Candidate(Span speaker, int score, String cue) {}

  /**
   * A speech verb's subject, and whether it was reached through a pronoun's antecedent ("he said").
   */
  private record Subject(Span span, boolean throughPronoun) {}

  /** The article's tokens in one array, with sentence, quote and mention lookups by token index. */
  static final class Flat {
    final AnnotatedArticle article;
    final Token[] tokens;
    final int[] sentence;
    final boolean[] inQuote;
    final Mention[] mention;
    private final int[] sentenceFirst;

    Flat(AnnotatedArticle article, List<Span> quotes) {
      this.article = article;
      int n = article.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
      tokens = new Token[n];
      sentence = new int[n];
      inQuote = new boolean[n];
      mention = new Mention[n];
      sentenceFirst = new int[article.sentences().size() + 1];
      int k = 0;
      for (Sentence s : article.sentences()) {
        sentenceFirst[s.index()] = k;
        for (Token t : s.tokens()) {
          tokens[k] = t;
          sentence[k] = s.index();
          for (Span q : quotes) {
            inQuote[k] |= q.overlaps(t.span());
          }
          k++;
        }
      }
      sentenceFirst[article.sentences().size()] = n;
      for (Mention m : article.mentions()) {
        for (int i = sentenceFirst[m.sentence()]; i < sentenceFirst[m.sentence() + 1]; i++) {
          if (m.span().contains(tokens[i].span())) {
            mention[i] = m;
          }
        }
      }
    }

    int sentenceStart(int s) {
      return sentenceFirst[s];
    }

    int sentenceEnd(int s) {
      return sentenceFirst[s + 1];
    }

    int firstTokenAtOrAfter(int offset) {
      for (int i = 0; i < tokens.length; i++) {
        if (tokens[i].span().begin() >= offset) {
          return i;
        }
      }
      return -1;
    }

    int lastTokenAtOrBefore(int offset) {
      for (int i = tokens.length - 1; i >= 0; i--) {
        if (tokens[i].span().end() <= offset) {
          return i;
        }
      }
      return -1;
    }

    /** "the Holt report": a name used as a modifier of a noun is not a candidate speaker. */
    boolean isModifier(Mention m) {
      int lastTok = -1;
      int firstTok = -1;
      for (int i = sentenceFirst[m.sentence()]; i < sentenceFirst[m.sentence() + 1]; i++) {
        if (mention[i] == m) {
          firstTok = firstTok < 0 ? i : firstTok;
          lastTok = i;
        }
      }
      if (firstTok <= 0 || lastTok + 1 >= tokens.length) {
        return false;
      }
      String before = tokens[firstTok - 1].pos();
      String after = tokens[lastTok + 1].pos();
      // "the Harbour Office spokesman", and a place before a common noun without the article: in
      // "Valmere police
      // said" the police speak, not the town.
      return (before.equals("DT") || m.type() == EntityType.LOCATION)
          && (after.equals("NN") || after.equals("NNS"));
    }

    /**
     * Where the clause of the verb at {@code v} may start: its sentence, or the sentence before
     * when the verb opens a sentence in lower case ("Sen. Jo Bell (D-N.L.) says ...": the splitter
     * broke the sentence at the abbreviation's period).
     */
    int clauseStart(int v) {
      int start = sentenceStart(sentence[v]);
      boolean broken =
          v == start
              && sentence[v] > 0
              && !tokens[v].word().isEmpty()
              && Character.isLowerCase(tokens[v].word().charAt(0));
      return broken ? sentenceStart(sentence[v] - 1) : start;
    }

    /**
     * An inverted attribution: the verb after a comma or a closing quote mark ("…,” said Jane Doe).
     */
    boolean inverted(int v) {
      if (v == 0) {
        return false;
      }
      String before = tokens[v - 1].pos();
      // Mixed marks ("’”") can come out as one token with a noun's tag.
      return before.equals(",") || before.equals("''") || tokens[v - 1].word().matches("[\"”’'`]+");
    }

    /**
     * The finite verb at {@code v} has a common noun, outside any name, right before it: "police
     * said". (Before a participle the noun is an object: "issued a statement explaining", "at one
     * point tweeting".)
     */
    boolean commonNounBefore(int v) {
      String pos = tokens[v].pos();
      boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
      return finite
          && v > 0
          && mention[v - 1] == null
          && !inQuote[v - 1]
          && (tokens[v - 1].pos().equals("NN") || tokens[v - 1].pos().equals("NNS"));
    }

    /**
     * "the mayor said": the latest person the article introduced with that title before ("Mayor
     * Jane Doe"), or with it in apposition ("Jane Doe, the city's mayor").
     */
    Span titledPerson(int verb) {
      int nounAt = verb - 1;
      if (nounAt < 1 || !tokens[nounAt].pos().startsWith("NN") || mention[nounAt] != null) {
        return null;
      }
      String title = tokens[nounAt].word().toLowerCase(Locale.ROOT);
      String determiner = tokens[nounAt - 1].word().toLowerCase(Locale.ROOT);
      if (determiner.equals("a") || determiner.equals("an")) {
        return null; // "a prosecutor said": someone not named before
      }
      for (int i = nounAt - 1; i >= 1; i--) {
        Mention m = mention[i];
        if (m != null && m.type() == EntityType.PERSON && !inQuote[i]) {
          int before = i;
          while (before > 0 && mention[before - 1] == m) {
            before--;
          }
          boolean titled =
              before > 0 && tokens[before - 1].word().toLowerCase(Locale.ROOT).equals(title);
          // "Jane Doe, the city's mayor": the title follows the name after a comma, in the same
          // sentence.
          boolean apposed = false;
          boolean comma = i + 1 < tokens.length && tokens[i + 1].word().equals(",");
          int reach = Math.min(tokens.length, i + 8);
          for (int k = i + 1; comma && k < reach && sentence[k] == sentence[i] && !apposed; k++) {
            apposed = tokens[k].word().toLowerCase(Locale.ROOT).equals(title);
          }
          if (titled || apposed) {
            return m.span();
          }
          i = before;
        }
      }
      return null;
    }

    /**
     * A finite verb or modal between a quote and a later cue starts a new clause. A participle
     * ("…,” meaning strangulation, police said") only modifies, so the cue after it still
     * attributes the quote.
     */
    boolean verbBetween(int from, int to) {
      for (int i = from; i < to; i++) {
        String pos = tokens[i].pos();
        boolean participle = pos.equals("VBG") || pos.equals("VBN");
        if (!inQuote[i] && ((pos.startsWith("VB") && !participle) || pos.equals("MD"))) {
          return true;
        }
      }
      return false;
    }

    Span mentionAfter(int from, int window) {
      for (int i = from; i < Math.min(tokens.length, from + window); i++) {
        if (inQuote[i]) {
          return null;
        }
        if (mention[i] != null) {
          return mention[i].span();
        }
        if (PRONOUNS.contains(tokens[i].word().toLowerCase(Locale.ROOT))) {
          return null;
        }
      }
      return null;
    }

    EntityType mentionTypeAt(Span s) {
      for (Mention m : article.mentions()) {
        if (m.span().equals(s)) {
          return m.type();
        }
      }
      return null;
    }

    /**
     * A pronoun's antecedent: a person named earlier in the same sentence, else the latest named
     * speaker, else the nearest person mentioned before.
     */
    Span antecedent(int pronoun, int reach, SpeechVerbAttributor attributor) {
      Span sameSentence = personBefore(pronoun, sentenceFirst[sentence[pronoun]]);
      if (sameSentence != null) {
        return sameSentence;
      }
      int minSentence = Math.max(0, sentence[pronoun] - reach);
      Span speaker = attributor.latestSpeaker(this, pronoun, minSentence);
      return speaker != null ? speaker : personBefore(pronoun, sentenceFirst[minSentence]);
    }

    /** A mention that opens the sentence ("Norland released a statement ..."), before the quote. */
    Span sentenceSubject(int sentenceStart, int quoteFirst) {
      int i = sentenceStart;
      while (i < quoteFirst && (tokens[i].pos().equals("DT") || tokens[i].pos().equals("JJ"))) {
        i++;
      }
      return i < quoteFirst && !inQuote[i] && mention[i] != null && !isModifier(mention[i])
          ? mention[i].span()
          : null;
    }

    Span personBefore(int before, int stop) {
      for (int i = before - 1; i >= stop; i--) {
        Mention m = mention[i];
        if (!inQuote[i] && m != null && m.type() == EntityType.PERSON && !isModifier(m)) {
          return m.span();
        }
      }
      return null;
    }
  }
}
