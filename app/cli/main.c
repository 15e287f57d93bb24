/* main.c: ontwikkeltafel-cli, placeholder */
#include <glib.h>

int
main (int argc, char *argv[])
{
  return 0;
}
