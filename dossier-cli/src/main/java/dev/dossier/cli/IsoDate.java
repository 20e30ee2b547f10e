package dev.dossier.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A date option written YYYY-MM-DD; anything else is a usage error naming the value. */
final class IsoDate implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("must be YYYY-MM-DD, got '" + value + "'");
    }
  }
}
