package be.koepel.group.newcomer;

import be.koepel.group.attendance.GroupMember;
import be.koepel.group.config.GroupsConfig;
import be.koepel.group.contactgroup.GroupAccess;
import be.koepel.group.session.GroupSession;
import be.koepel.platform.paging.PageRequest;
import be.koepel.platform.paging.PageResult;
import be.koepel.platform.security.Roles;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Who was referred to the group and may come, by trajectory id only, so the leader can tick
 * them on the attendance sheet. Like attendance, only for this group's leaders and coordinators.
 */
@Path("/api/groups/{groupId}/newcomers")
@RolesAllowed({Roles.COORDINATOR, Roles.GROUP_LEADER})
public class NewcomerResource {

    private final GroupAccess access;
    private final GroupsConfig config;

    public NewcomerResource(GroupAccess access, GroupsConfig config) {
        this.access = access;
        this.config = config;
    }

    public record NewcomerView(UUID trajectoryId, OffsetDateTime referredAt, UUID nextSessionId,
            OffsetDateTime nextSessionStartsAt, boolean joined) {
    }

    /** Latest referral first. */
    @GET
    public PageResult<NewcomerView> list(@PathParam("groupId") UUID groupId, @Valid @BeanParam PageRequest paging) {
        access.requireLeaderOrCoordinator(GroupAccess.find(groupId));
        var query = ExpectedNewcomer.<ExpectedNewcomer>find("key.groupId", Sort.descending("referredAt"), groupId)
                .page(Page.of(paging.page, paging.size));
        var items = query.list().stream().map(n -> {
            GroupSession next = n.nextSessionId == null ? null : GroupSession.findById(n.nextSessionId);
            boolean joined = GroupMember.findById(new GroupMember.Key(groupId, n.key.trajectoryId())) != null;
            return new NewcomerView(n.key.trajectoryId(), n.referredAt.atZone(config.zone()).toOffsetDateTime(),
                    n.nextSessionId, next == null ? null : next.startsAt.atZone(config.zone()).toOffsetDateTime(),
                    joined);
        }).toList();
        return new PageResult<>(items, paging.page, paging.size, query.count());
    }
}
