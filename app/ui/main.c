/* main.c: the ontwikkeltafel program */
#include "config.h"


#include <glib/gi18n.h>

#include "tafel-application.h"
#include "tafel-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TafelApplication) app = NULL;

  tafel_i18n_init ();

  app = tafel_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
