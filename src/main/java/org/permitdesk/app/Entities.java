package org.permitdesk.app;

import java.util.List;
import org.permitdesk.account.AccountRequest;
import org.permitdesk.account.PortalAccount;
import org.permitdesk.account.cslb.CslbLicence;
import org.permitdesk.inspection.Inspection;
import org.permitdesk.inspection.InspectionType;
import org.permitdesk.permit.Permit;
import org.permitdesk.permit.PermitContact;
import org.permitdesk.permit.PermitStatusChange;
import org.permitdesk.permit.PermitSubtype;
import org.permitdesk.permit.PermitType;
import org.permitdesk.permit.Site;
import org.permitdesk.permit.attachment.PermitAttachment;
import org.permitdesk.permit.fee.FeeScheduleItem;
import org.permitdesk.permit.fee.Payment;
import org.permitdesk.permit.fee.PermitFeeBasis;
import org.permitdesk.permit.fee.PermitFeeLine;
import org.permitdesk.permit.review.PermitCondition;
import org.permitdesk.permit.review.PlanReview;
import org.permitdesk.staff.StaffUser;

/** Every mapped entity, handed to {@link org.permitdesk.platform.db.Database#open}. */
public final class Entities {

    public static final List<Class<?>> ALL = List.of(
            StaffUser.class,
            PermitType.class, PermitSubtype.class, Site.class, Permit.class, PermitContact.class,
            PermitStatusChange.class,
            FeeScheduleItem.class, PermitFeeBasis.class, PermitFeeLine.class, Payment.class,
            PortalAccount.class, AccountRequest.class, CslbLicence.class,
            PlanReview.class, PermitCondition.class, PermitAttachment.class,
            InspectionType.class, Inspection.class);

    private Entities() {
    }
}
