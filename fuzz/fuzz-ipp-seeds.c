//
// Seed writer for fuzz-setup-ipp: the IPP answers onshi-notice-setup reads.
//
// Copyright © 2026 onshi-notice developers.
//
// Licensed under Apache License v2.0.  See the file "LICENSE" for more
// information.
//
// Usage: fuzz-ipp-seeds DIRECTORY
//
// Writes one file per answer, in the form cupsDoRequest() reads it: a
// notice queue as tests/setup.test leaves it (its own media-default after
// the PPD's, notice defaults, one with a comma), the clinic's printer
// queue, an IPP printer's Get-Printer-Attributes answer, the list of
// models (CUPS-Get-PPDs), a class, and a queue that does not exist.
//

#include <cups/cups.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>


//
// Local functions...
//

static ipp_t	*new_answer(ipp_status_t status);
static int	write_answer(const char *dir, const char *name, ipp_t *answer);


//
// 'main()' - Write the seeds.
//

int					// O - Exit status
main(int  argc,				// I - Number of arguments
     char *argv[])			// I - Arguments
{
  static const char * const formats[] =	// An IPP printer's formats
  {
    "application/octet-stream",
    "application/pdf",
    "image/pwg-raster",
    "image/urf",
    "image/jpeg"
  };
  static const char * const media[] =	// Its paper
  {
    "iso_a4_210x297mm",
    "iso_a5_148x210mm",
    "jis_b5_182x257mm",
    "na_letter_8.5x11in",
    "custom_min_76.2x127mm",
    "custom_max_215.9x355.6mm"
  };
  static const char * const queue_formats[] =
  {					// The notice queue's formats
    "application/octet-stream",
    "text/plain",
    "application/vnd.cups-raw"
  };
  static const char * const models[] =	// The server's models
  {
    "drv:///sample.drv/generic.ppd",
    "lsb/usr/onshi-notice/onshi-notice.ppd",
    "lsb/usr/onshi-notice/onshi-notice-pwg.ppd",
    "lsb/usr/onshi-notice/onshi-notice-urf.ppd",
    "lsb/usr/onshi-notice/onshi-notice-ps.ppd",
    "lsb/usr/onshi-notice/onshi-notice-client.ppd",
    "onshi-notice/onshi-notice.ppd",
    "everywhere"
  };
  ipp_t		*answer;		// Answer being written
  size_t	i;			// Looping var
  int		status = 0;		// Exit status


  if (argc != 2)
  {
    fputs("Usage: fuzz-ipp-seeds DIRECTORY\n", stderr);
    return (1);
  }

  // The notice queue, as tests/setup.test leaves it...
  answer = new_answer(IPP_STATUS_OK);
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_URI, "device-uri", NULL, "ipp://localhost:631/printers/REAL?snmp=false");
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-make-and-model", NULL, "onshi-notice PDF 0.1.0");
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_URI, "printer-uri-supported", NULL, "ipp://localhost/printers/onshi-notice");
  ippAddBoolean(answer, IPP_TAG_PRINTER, "printer-is-accepting-jobs", 1);
  ippAddBoolean(answer, IPP_TAG_PRINTER, "printer-is-shared", 0);
  ippAddInteger(answer, IPP_TAG_PRINTER, IPP_TAG_ENUM, "printer-state", IPP_PSTATE_IDLE);
  ippAddInteger(answer, IPP_TAG_PRINTER, IPP_TAG_ENUM, "printer-type", CUPS_PRINTER_LOCAL | CUPS_PRINTER_REMOTE);
  ippAddStrings(answer, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "media-supported", 4, NULL, media);
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "media-default", NULL, "iso_a5_148x210mm");
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_TEXT, "notice-language-default", NULL, "en");
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_TEXT, "notice-clinic-name-default", NULL, "テスト \"A\" クリニック");
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_TEXT, "notice-clinic-contact-default", NULL, "000-0000-0000, 9:00-17:00");
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_TEXT, "notice-date-default", NULL, "on");
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "media-default", NULL, "iso_a4_210x297mm");
  ippAddStrings(answer, IPP_TAG_PRINTER, IPP_TAG_MIMETYPE, "document-format-supported", 3, NULL, queue_formats);
  status |= write_answer(argv[1], "notice-queue.ipp", answer);

  // The clinic's printer queue, stopped and rejecting...
  answer = new_answer(IPP_STATUS_OK);
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_URI, "device-uri", NULL, "ipp://printer.local/ipp/print");
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-make-and-model", NULL, "Generic PDF Printer");
  ippAddBoolean(answer, IPP_TAG_PRINTER, "printer-is-accepting-jobs", 0);
  ippAddInteger(answer, IPP_TAG_PRINTER, IPP_TAG_ENUM, "printer-state", IPP_PSTATE_STOPPED);
  ippAddStrings(answer, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "media-supported", 6, NULL, media);
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "media-default", NULL, "na_letter_8.5x11in");
  status |= write_answer(argv[1], "printer-queue.ipp", answer);

  // An IPP printer...
  answer = new_answer(IPP_STATUS_OK);
  ippAddStrings(answer, IPP_TAG_PRINTER, IPP_TAG_MIMETYPE, "document-format-supported", 5, NULL, formats);
  ippAddStrings(answer, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "media-supported", 6, NULL, media);
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_KEYWORD, "media-default", NULL, "iso_a4_210x297mm");
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-make-and-model", NULL, "Example Laser 100");
  status |= write_answer(argv[1], "ipp-printer.ipp", answer);

  // The server's models...
  answer = new_answer(IPP_STATUS_OK);
  for (i = 0; i < sizeof(models) / sizeof(models[0]); i ++)
  {
    ippAddSeparator(answer);
    ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_NAME, "ppd-name", NULL, models[i]);
  }
  status |= write_answer(argv[1], "models.ipp", answer);

  // A class...
  answer = new_answer(IPP_STATUS_OK);
  ippAddInteger(answer, IPP_TAG_PRINTER, IPP_TAG_ENUM, "printer-type", CUPS_PRINTER_CLASS);
  ippAddString(answer, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-make-and-model", NULL, "Local Printer Class");
  status |= write_answer(argv[1], "class.ipp", answer);

  // No such queue...
  status |= write_answer(argv[1], "not-found.ipp", new_answer(IPP_STATUS_ERROR_NOT_FOUND));

  return (status);
}


//
// 'new_answer()' - Start an answer with its operation attributes.
//

static ipp_t *				// O - Answer
new_answer(ipp_status_t status)		// I - Status
{
  ipp_t	*answer = ippNew();		// Answer


  ippSetVersion(answer, 2, 0);
  ippSetStatusCode(answer, status);
  ippSetRequestId(answer, 1);
  ippAddString(answer, IPP_TAG_OPERATION, IPP_TAG_CHARSET, "attributes-charset", NULL, "utf-8");
  ippAddString(answer, IPP_TAG_OPERATION, IPP_TAG_LANGUAGE, "attributes-natural-language", NULL, "en");

  return (answer);
}


//
// 'write_answer()' - Write an answer to a file and free it.
//

static int				// O - 0 on success, 1 on error
write_answer(const char *dir,		// I - Directory
             const char *name,		// I - File name
             ipp_t      *answer)	// I - Answer
{
  char	path[1024];			// File
  int	fd;				// File descriptor
  int	status = 0;			// Result


  snprintf(path, sizeof(path), "%s/%s", dir, name);

  if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0 || ippWriteFile(fd, answer) != IPP_STATE_DATA)
  {
    perror(path);
    status = 1;
  }

  if (fd >= 0)
    close(fd);

  ippDelete(answer);

  return (status);
}
