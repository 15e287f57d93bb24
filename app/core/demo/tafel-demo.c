/* tafel-demo.c: placeholder */
#include "config.h"

#include "tafel-demo.h"
#include "tafel-error.h"

void
tafel_demo_options_init (TafelDemoOptions *options)
{
  options->seed = 1;
  options->n_organisations = 25;
  options->n_geeltjes = 400;
  options->name = NULL;
}

TafelTraject *
tafel_demo_create (TafelStore             *store,
                   const TafelDemoOptions *options,
                   GError                **error)
{
  g_set_error_literal (error, TAFEL_ERROR, TAFEL_ERROR_INVALID, "not implemented yet");
  return NULL;
}
