package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineShapeTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Related: Crews in Port Ellis vote to strike again",
        "Related PHOTOS: The Quay at Dawn: 40 Pictures Ranked The harbour that made Port Ellis a city of sailors",
        "Related Ferry Union Also Claims Pay Cuts At Tide Lines, Blue Tern",
        "Stars: Jo Bell , Mara Holt , Tom Reyes , Ana Okoye , Lise Berg , Tomas Reyes Jr. , Sam Ede",
        "Director: Ana Okoye",
        "TRAILER: Get a taste of the new film about the ferry strike Crews in Port Ellis walked out on Monday.",
        "1 of 12 Full Screen Autoplay Close Skip Ad × The ferry strike in pictures View Photos Crews in Port Ellis"
            + " walked out on Monday, stranding hundreds of passengers on the quay. Caption Crews in Port Ellis walked out.",
        "EMBED More News Videos Crews in Port Ellis walk out on the first day of the season."
      })
  void relatedStoryLinksAndFactBoxLinesAreDebris(String line) {
    assertThat(LineShape.debrisReason(line)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Related research shows that ferry crews in Port Ellis work longer shifts than most sailors do.",
        "Related Companies, the developer of the new quay in Port Ellis, said on Monday that work would stop.",
        "Holt said: Nobody in Port Ellis expected the crews to walk out on the first day of the season.",
        "The union's demands: higher pay, shorter shifts and a new contract for the crews of Port Ellis.",
        "Close to four hundred passengers were stranded on the quay in Port Ellis when the crews walked out.",
        "Play resumed at the Port Ellis ground on Monday after the ferry crews had cleared the pitch."
      })
  void proseIsNot(String line) {
    assertThat(LineShape.debrisReason(line)).isNull();
  }
}
