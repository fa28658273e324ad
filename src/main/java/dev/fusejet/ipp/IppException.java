package dev.fusejet.ipp;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.model.Status;
import java.util.List;

/**
 * A request the printer refuses: the IPP status to answer with, the {@code status-message}, and the
 * attributes to return in the unsupported-attributes group.
 */
final class IppException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Status status;
  private final transient List<Attribute<?>> unsupported;

  IppException(Status status, String message) {
    this(status, message, List.of());
  }

  IppException(Status status, String message, List<Attribute<?>> unsupported) {
    super(message);
    this.status = status;
    this.unsupported = List.copyOf(unsupported);
  }

  Status status() {
    return status;
  }

  List<Attribute<?>> unsupported() {
    return unsupported;
  }
}
