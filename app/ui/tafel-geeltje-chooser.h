/* tafel-geeltje-chooser.h: the chooser a list cell opens to change one field of a sticky note
 *
 * For a reference column (deelproduct, organisation, session, question
 * block) the rows of the traject as they are now, after "No …"; for kind
 * and status their values. Choosing "Not processed" asks for the reason
 * first and stores status and reason in one change.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-geeltje-columns.h"

G_BEGIN_DECLS

GtkPopover *tafel_geeltje_chooser_new (TafelTrajectModel  *model,
                                       TafelGeeltje       *geeltje,
                                       TafelGeeltjeColumn  column);

G_END_DECLS
