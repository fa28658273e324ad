package dev.fusejet.apparatus;

/** Release surface of the member touching the image side in the nip. */
public enum SurfaceMaterial {
  /** Silicone resin coating: what the design requires. */
  SILICONE_RESIN,
  /** Silicone rubber without a resin coat. */
  SILICONE_RUBBER,
  /** Perfluoroalkoxy sleeve. */
  PFA,
  /** Polytetrafluoroethylene coating. */
  PTFE
}
