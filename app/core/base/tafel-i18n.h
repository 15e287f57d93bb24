/* tafel-i18n.h: switching the programs to the user's language
 *
 * Both front ends call tafel_i18n_init() first thing in main().
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void tafel_i18n_init (void);

G_END_DECLS
