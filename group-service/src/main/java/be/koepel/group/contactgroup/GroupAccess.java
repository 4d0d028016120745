package be.koepel.group.contactgroup;

import be.koepel.platform.problem.ProblemException;
import be.koepel.platform.security.Caller;
import be.koepel.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;

/** Coordinators manage every group; a group leader acts only for the groups they lead. */
@RequestScoped
public class GroupAccess {

    private final Caller caller;

    public GroupAccess(Caller caller) {
        this.caller = caller;
    }

    public boolean isCoordinator() {
        return caller.is(Roles.COORDINATOR);
    }

    public boolean leads(ContactGroup group) {
        return caller.is(Roles.GROUP_LEADER) && group.isLedBy(caller.volunteerId().orElse(null));
    }

    /** For edits, sessions and attendance: this group's leaders and the coordinators, nobody else. */
    public void requireLeaderOrCoordinator(ContactGroup group) {
        if (!isCoordinator() && !leads(group)) {
            throw ProblemException.forbidden("Only the leaders of group " + group.id + " and the coordinators may do this");
        }
    }

    public static ContactGroup find(java.util.UUID id) {
        return ContactGroup.<ContactGroup>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Contact group " + id));
    }
}
