package dev.fusejet.ipp;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.AttributeCollection;
import com.hp.jipp.encoding.EmptyAttribute;
import com.hp.jipp.encoding.Name;
import com.hp.jipp.encoding.OtherOctets;
import com.hp.jipp.encoding.OtherString;
import com.hp.jipp.encoding.OutOfBandTag;
import com.hp.jipp.encoding.Resolution;
import com.hp.jipp.encoding.ResolutionUnit;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.encoding.TaggedValue;
import com.hp.jipp.encoding.Text;
import com.hp.jipp.encoding.UnknownAttribute;
import com.hp.jipp.encoding.UntypedCollection;
import com.hp.jipp.encoding.UntypedEnum;
import com.hp.jipp.encoding.ValueTag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import kotlin.ranges.IntRange;

/**
 * Builds and reads IPP attributes on top of jipp's encoding layer. Each value's Java class decides
 * its tag when jipp writes it ({@link String} is a keyword, {@link Name} a name, {@link Text} a
 * text, {@link OtherString} carries its own tag), so the server states every syntax explicitly here
 * rather than relying on jipp's generated registry types.
 */
final class Attr {
  private Attr() {}

  static Attribute<Object> keyword(String name, String... values) {
    return new UnknownAttribute(name, new ArrayList<Object>(Arrays.asList(values)));
  }

  static Attribute<Object> keywords(String name, Collection<String> values) {
    return new UnknownAttribute(name, new ArrayList<Object>(values));
  }

  static Attribute<Object> integer(String name, int... values) {
    List<Object> v = new ArrayList<>();
    for (int i : values) {
      v.add(i);
    }
    return new UnknownAttribute(name, v);
  }

  static Attribute<Object> integers(String name, Collection<Integer> values) {
    return new UnknownAttribute(name, new ArrayList<Object>(values));
  }

  static Attribute<Object> bool(String name, boolean value) {
    return new UnknownAttribute(name, List.<Object>of(value));
  }

  static Attribute<Object> enums(String name, int... codes) {
    List<Object> v = new ArrayList<>();
    for (int c : codes) {
      v.add(new UntypedEnum(c));
    }
    return new UnknownAttribute(name, v);
  }

  static Attribute<Object> enumList(String name, Collection<Integer> codes) {
    List<Object> v = new ArrayList<>();
    for (int c : codes) {
      v.add(new UntypedEnum(c));
    }
    return new UnknownAttribute(name, v);
  }

  static Attribute<Object> text(String name, String... values) {
    List<Object> v = new ArrayList<>();
    for (String s : values) {
      v.add(new Text(s));
    }
    return new UnknownAttribute(name, v);
  }

  static Attribute<Object> texts(String name, Collection<String> values) {
    return text(name, values.toArray(String[]::new));
  }

  static Attribute<Object> name(String name, String... values) {
    List<Object> v = new ArrayList<>();
    for (String s : values) {
      v.add(new Name(s));
    }
    return new UnknownAttribute(name, v);
  }

  static Attribute<Object> names(String name, Collection<String> values) {
    return name(name, values.toArray(String[]::new));
  }

  static Attribute<Object> uri(String name, String... values) {
    List<Object> v = new ArrayList<>();
    for (String s : values) {
      v.add(URI.create(s));
    }
    return new UnknownAttribute(name, v);
  }

  static Attribute<Object> uris(String name, Collection<String> values) {
    return uri(name, values.toArray(String[]::new));
  }

  static Attribute<Object> tagged(String name, ValueTag tag, String... values) {
    List<Object> v = new ArrayList<>();
    for (String s : values) {
      v.add(new OtherString(tag, s));
    }
    return new UnknownAttribute(name, v);
  }

  static Attribute<Object> charset(String name, String... values) {
    return tagged(name, Tag.charset, values);
  }

  static Attribute<Object> language(String name, String... values) {
    return tagged(name, Tag.naturalLanguage, values);
  }

  static Attribute<Object> mime(String name, String... values) {
    return tagged(name, Tag.mimeMediaType, values);
  }

  static Attribute<Object> mimes(String name, Collection<String> values) {
    return mime(name, values.toArray(String[]::new));
  }

  static Attribute<Object> uriScheme(String name, String... values) {
    return tagged(name, Tag.uriScheme, values);
  }

  static Attribute<Object> octets(String name, byte[] value) {
    return new UnknownAttribute(name, List.<Object>of(new OtherOctets(Tag.octetString, value)));
  }

  static Attribute<Object> range(String name, int low, int high) {
    return new UnknownAttribute(name, List.<Object>of(new IntRange(low, high)));
  }

  static Attribute<Object> resolutions(String name, Collection<int[]> dpi) {
    List<Object> v = new ArrayList<>();
    for (int[] r : dpi) {
      v.add(new Resolution(r[0], r[1], ResolutionUnit.dotsPerInch));
    }
    return new UnknownAttribute(name, v);
  }

  static Attribute<Object> dateTime(String name, Instant when) {
    Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    c.setTimeInMillis(when.toEpochMilli());
    return new UnknownAttribute(name, List.<Object>of(c));
  }

  static Attribute<Object> collection(String name, List<Attribute<?>> members) {
    return new UnknownAttribute(name, List.<Object>of(new UntypedCollection(members)));
  }

  static Attribute<Object> collections(String name, List<List<Attribute<?>>> values) {
    List<Object> v = new ArrayList<>();
    for (List<Attribute<?>> m : values) {
      v.add(new UntypedCollection(m));
    }
    return new UnknownAttribute(name, v);
  }

  static Attribute<Object> outOfBand(String name, OutOfBandTag tag) {
    return new EmptyAttribute<>(name, tag);
  }

  /** The tag a parsed value was encoded with. */
  static ValueTag tagOf(Object value) {
    if (value instanceof TaggedValue t) {
      return t.getTag();
    }
    if (value instanceof String) {
      return Tag.keyword;
    }
    if (value instanceof Integer) {
      return Tag.integerValue;
    }
    if (value instanceof Boolean) {
      return Tag.booleanValue;
    }
    if (value instanceof com.hp.jipp.encoding.Enum) {
      return Tag.enumValue;
    }
    if (value instanceof URI) {
      return Tag.uri;
    }
    if (value instanceof IntRange) {
      return Tag.rangeOfInteger;
    }
    if (value instanceof Resolution) {
      return Tag.resolution;
    }
    if (value instanceof Calendar) {
      return Tag.dateTime;
    }
    if (value instanceof AttributeCollection) {
      return Tag.beginCollection;
    }
    return Tag.octetString;
  }

  /** The attribute's out-of-band tag, if it has one instead of values. */
  static Optional<OutOfBandTag> outOfBand(Attribute<?> a) {
    return a instanceof EmptyAttribute<?> e ? Optional.of(e.getTag()) : Optional.empty();
  }

  /** The value as a string: keywords, names, texts, URIs, mime types and the like. */
  static String string(Object value) {
    if (value instanceof Text t) {
      return t.getValue();
    }
    if (value instanceof Name n) {
      return n.getValue();
    }
    if (value instanceof OtherString o) {
      return o.getValue();
    }
    if (value instanceof com.hp.jipp.encoding.Enum e) {
      return Integer.toString(e.getCode());
    }
    return String.valueOf(value);
  }

  /** The value as an int: integers and enums. */
  static int intValue(Object value) {
    if (value instanceof Integer i) {
      return i;
    }
    if (value instanceof com.hp.jipp.encoding.Enum e) {
      return e.getCode();
    }
    throw new IllegalArgumentException("not an integer: " + value);
  }

  /** True when a value is of one of the given tags. */
  static boolean isOf(Object value, ValueTag... tags) {
    ValueTag t = tagOf(value);
    for (ValueTag tag : tags) {
      if (t.equals(tag)) {
        return true;
      }
    }
    return false;
  }

  /** A copy of {@code a} under another name, with the same values. */
  static Attribute<Object> renamed(Attribute<?> a, String name) {
    return new UnknownAttribute(name, new ArrayList<Object>(a));
  }
}
