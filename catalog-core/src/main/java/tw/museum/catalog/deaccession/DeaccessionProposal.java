package tw.museum.catalog.deaccession;

import java.util.List;

/**
 * A proposal to deaccession one or more objects: the grounds, the written justification for the committee,
 * and the disposal method (and recipient, if known) the proposer has in mind.
 */
public record DeaccessionProposal(List<String> objectNumbers, List<DeaccessionReason> reasons, String justification,
                                  DisposalMethod proposedMethod, String proposedRecipient) {

    public DeaccessionProposal {
        objectNumbers = objectNumbers == null ? List.of() : objectNumbers;
        reasons = reasons == null ? List.of() : reasons;
    }
}
