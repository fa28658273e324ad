package dev.fusejet.device;

import java.nio.file.Path;

/**
 * A job as the device sees it.
 *
 * @param id the job's id
 * @param name the job's name (for messages and file headers)
 * @param folder where the device writes the job's outputs (created if needed)
 * @param keepHeadData keep each sheet's head data ({@code sheet-NNNN.fjhd}, large)
 * @param previews write per-ink previews of each sheet ({@code sheet-NNNN-INK.png})
 */
public record JobStart(int id, String name, Path folder, boolean keepHeadData, boolean previews) {}
