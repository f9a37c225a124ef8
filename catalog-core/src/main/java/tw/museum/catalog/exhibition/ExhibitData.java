package tw.museum.catalog.exhibition;

import tw.museum.catalog.common.Bilingual;

/**
 * One object of an exhibition as staff list it: the label the public reads beside it, and display notes
 * (case, mount, light level, rotation) that stay in the workspace.
 */
public record ExhibitData(String objectNumber, Bilingual label, String displayNotes) {

    public ExhibitData {
        label = label == null ? Bilingual.empty() : label;
    }
}
