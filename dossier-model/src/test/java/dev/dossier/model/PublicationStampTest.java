package dev.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationStampTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Published on Aug 11, 2016",
        "Posted at 11:43 AM on Nov. 24, 2010",
        "Updated: Tuesday, March 3, 2015 5:02 PM EST",
        "last updated 2019-04-02 09:15 GMT",
        "published 3 May 2018"
      })
  void aLineOfDateWordsAfterTheLabelIsAStamp(String line) {
    assertThat(PublicationStamp.is(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Published in 2015, the report found that ferries ran late.",
        "Updated figures for 2016 show the quay lost money.",
        "Posted on Monday",
        "Published on Aug 11",
        "Updated 8:21 a.m.: police in Port Ellis say the ferry left early in 2016."
      })
  void proseOrADateWithoutAYearIsNot(String line) {
    assertThat(PublicationStamp.is(line)).isFalse();
  }
}
