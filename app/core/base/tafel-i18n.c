/* tafel-i18n.c: switching the programs to the user's language */
#include "config.h"

#include "tafel-i18n.h"

#include <locale.h>

#include <glib/gi18n-lib.h>

/* Takes the locale from the environment and binds the message catalogue.
 * $TAFEL_LOCALEDIR points at another catalogue folder, such as the po/
 * folder of a build tree, so that an uninstalled binary speaks Dutch too. */
void
tafel_i18n_init (void)
{
  const char *localedir = g_getenv ("TAFEL_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
