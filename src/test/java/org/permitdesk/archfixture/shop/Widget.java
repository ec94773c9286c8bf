package org.permitdesk.archfixture.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.permitdesk.archfixture.platform.Kit;

/** An entity with a lazy association (never mapped: it is not in any entity list). */
@Entity
public class Widget {
    @Id
    Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    Widget parent;

    Kit kit;
}
