#!/usr/bin/python3
#
# Set up the notice queue through CUPS's web interface in a real browser
# (headless Chromium, in Japanese), the way a clinic's IT person would, and
# save a screenshot of every step.  Run by tests/webui.test, which starts
# the scheduler and checks what comes out of the printer.
#
# Copyright © 2026 onshi-notice developers.
#
# Licensed under Apache License v2.0.  See the file "LICENSE" for more
# information.
#
# Usage: webui.py BASE-URL SHOTS-DIR QUEUE DEVICE DEVICE-URI CLINIC-NAME CLINIC-CONTACT
#
# DEVICE is the entry to pick in the list of devices (its value there),
# DEVICE-URI what to type as the connection's URI on the next page.
#
# Prints one line per step, "ok - STEP" or "not ok - STEP: REASON"; stops at
# the first step that fails (each needs the one before), with a screenshot
# of the page it stopped on as SHOTS-DIR/failed.png.  Exits 0 when every
# step passed, 1 otherwise, 77 when the browser cannot be started (the
# reason on stderr).
#

import os
import shutil
import sys

try:
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError as error:
    print("SKIP: python3-selenium is not installed (%s)" % error, file=sys.stderr)
    sys.exit(77)

# The page width of the screenshots, in CSS pixels.
SHOT_WIDTH = 1000

# How long a page may take, in seconds.  The device list waits for every
# backend's discovery, which takes CUPS up to about 10 seconds.
PAGE_TIMEOUT = 30
DEVICE_TIMEOUT = 60

# How the heading of CUPS's Japanese error pages ends ("... のエラー").
ERROR_TITLE = "のエラー"


class StepFailed(Exception):
    """A step could not be done; the message says why."""


class Session:
    """A browser on CUPS's web interface that saves a screenshot per step."""

    def __init__(self, base_url, shots_dir):
        self.base_url = base_url.rstrip("/")
        self.shots_dir = shots_dir
        self.shot_number = 0
        self.driver = start_browser()

    def close(self):
        self.driver.quit()

    def open(self, path):
        self.driver.get(self.base_url + path)

    def shot(self, name):
        """Save the whole page as SHOTS-DIR/NN-NAME.png."""
        self.shot_number += 1
        path = os.path.join(self.shots_dir, "%02d-%s.png" % (self.shot_number, name))
        self.save_page(path)
        return path

    def save_page(self, path):
        # (the page is laid out in a window as tall as its content, so that
        # one picture holds all of it)
        driver = self.driver
        metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        height = int(metrics["cssContentSize"]["height"]) + 40
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": SHOT_WIDTH, "height": max(400, min(height, 4000)),
            "deviceScaleFactor": 1, "mobile": False})
        driver.save_screenshot(path)
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def wait_for_text(self, words, timeout=PAGE_TIMEOUT):
        """Wait until the page shows WORDS; fail with what it shows instead,
        at once when it is CUPS's error page."""
        def shown(driver):
            text = driver.find_element(By.TAG_NAME, "body").text
            if words in text:
                return True
            for heading in driver.find_elements(By.CSS_SELECTOR, "h2.title"):
                if heading.text.endswith(ERROR_TITLE):
                    raise StepFailed("CUPS answers with an error page: %s" % summary(text))
            return False

        try:
            WebDriverWait(self.driver, timeout, poll_frequency=0.2).until(shown)
        except WebDriverException:
            raise StepFailed("the page does not show %r after %d s; it shows: %s"
                             % (words, timeout, summary(self.text())))

    def submit(self, form_element):
        """Press the form's (first) submit button and wait for the next page."""
        old = self.driver.find_element(By.TAG_NAME, "html")
        self.press(form_element.find_element(By.CSS_SELECTOR, "input[type=submit], input[type=SUBMIT]"))
        self.wait_for_new_page(old)

    def press(self, button):
        # (clicked by script: CUPS's fixed footer may cover the button in a
        # window as tall as the page)
        self.driver.execute_script("arguments[0].click();", button)

    def wait_for_new_page(self, old):
        try:
            WebDriverWait(self.driver, PAGE_TIMEOUT, poll_frequency=0.2).until(
                lambda driver: is_stale(old))
        except WebDriverException:
            raise StepFailed("the next page did not load within %d s" % PAGE_TIMEOUT)

    def form_with(self, css):
        """The form that holds an element matching CSS."""
        elements = self.driver.find_elements(By.CSS_SELECTOR, css)
        if not elements:
            raise StepFailed("the page has no %s; it shows: %s" % (css, summary(self.text())))
        return elements[0].find_element(By.XPATH, "./ancestor::form")

    def select(self, name, label_part=None, value=None):
        """Pick the choice of the list NAME whose text holds LABEL_PART (or
        whose value is VALUE); return the text of the choice picked."""
        elements = self.driver.find_elements(By.CSS_SELECTOR, 'select[name="%s"]' % name)
        if not elements:
            raise StepFailed("the page has no list %s; it shows: %s" % (name, summary(self.text())))
        menu = Select(elements[0])
        texts = [option.text for option in menu.options]
        for option in menu.options:
            if (value is not None and option.get_attribute("value") == value) or \
               (label_part is not None and label_part in option.text):
                menu.select_by_value(option.get_attribute("value"))
                return option.text
        raise StepFailed("the list %s has no choice %r; it has: %s"
                         % (name, label_part if value is None else value, " | ".join(texts)))


def is_stale(element):
    try:
        element.tag_name
        return False
    except WebDriverException:
        return True


def summary(text):
    return " ".join(text.split())[:400]


def start_browser():
    """Start headless Chromium in Japanese, or exit 77 saying why not."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not browser:
        print("SKIP: chromium is not installed", file=sys.stderr)
        sys.exit(77)
    if not driver_path:
        print("SKIP: chromedriver is not installed (package chromium-driver)", file=sys.stderr)
        sys.exit(77)

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", "--lang=ja", "--hide-scrollbars",
                     "--force-device-scale-factor=1",
                     "--window-size=%d,800" % SHOT_WIDTH):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "ja"})
    try:
        return webdriver.Chrome(service=Service(executable_path=driver_path),
                                options=options)
    except WebDriverException as error:
        print("SKIP: the browser does not start: %s" % summary(str(error)), file=sys.stderr)
        sys.exit(77)


#
# The steps, in the order a person takes them.  Each leaves the browser on
# the page the next one starts from.
#

def step_admin(session, args):
    session.open("/admin")
    session.wait_for_text("管理")
    session.shot("admin")
    session.submit(session.form_with("input[name=OP][value=add-printer]"))


def step_device(session, args):
    # The list comes when every backend has looked for devices; until then
    # the page says "Looking for printers" and reloads itself.
    try:
        WebDriverWait(session.driver, DEVICE_TIMEOUT, poll_frequency=0.5).until(
            lambda driver: driver.find_elements(By.NAME, "DEVICE_URI"))
    except WebDriverException:
        raise StepFailed("no device list after %d s; the page shows: %s"
                         % (DEVICE_TIMEOUT, summary(session.text())))
    radio = session.driver.find_elements(By.CSS_SELECTOR, "input[name=DEVICE_URI][value='%s']" % args["device"])
    if not radio:
        values = [element.get_attribute("value")
                  for element in session.driver.find_elements(By.NAME, "DEVICE_URI")]
        raise StepFailed("the device %s is not listed; the list has: %s" % (args["device"], ", ".join(values)))
    radio[0].click()
    session.shot("device")
    session.submit(session.form_with("input[name=DEVICE_URI]"))


def step_connection(session, args):
    field = session.driver.find_elements(By.CSS_SELECTOR, "input[name=DEVICE_URI][type=URL], input[name=DEVICE_URI][type=url]")
    if not field:
        raise StepFailed("no field for the connection's URI; the page shows: %s" % summary(session.text()))
    field[0].clear()
    field[0].send_keys(args["device_uri"])
    session.shot("connection")
    session.submit(session.form_with("input[name=DEVICE_URI]"))


def step_name(session, args):
    form = session.form_with("input[name=PRINTER_NAME]")
    for name, value in (("PRINTER_NAME", args["queue"]),
                        ("PRINTER_INFO", args["info"]),
                        ("PRINTER_LOCATION", args["location"])):
        field = form.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)
    session.shot("name")
    session.submit(form)


def step_make(session, args):
    session.select("PPD_MAKE", value=args["make"])
    session.shot("make")
    session.submit(session.form_with("select[name=PPD_MAKE]"))


def step_model(session, args):
    # The model most clinics need (forwarding to the printer's queue) comes
    # first: CUPS lists the models by their NickName, and preselects none...
    first = session.driver.find_elements(By.CSS_SELECTOR, 'select[name="PPD_NAME"] option')
    if first and first[0].get_attribute("value") != args["model"]:
        raise StepFailed("the first model listed is %r, not the usual one" % first[0].text)
    args["model_picked"] = session.select("PPD_NAME", value=args["model"])
    session.shot("model")
    form = session.form_with("select[name=PPD_NAME]")
    # (the form's last button adds the printer; the first selects another make)
    old = session.driver.find_element(By.TAG_NAME, "html")
    session.press(form.find_elements(By.CSS_SELECTOR, "input[type=SUBMIT], input[type=submit]")[-1])
    session.wait_for_new_page(old)
    session.wait_for_text("正しく追加されました")
    session.shot("added")


def open_options(session, args):
    """The queue's page, its Administration menu, Set Default Options."""
    session.open("/printers/" + args["queue"])
    session.wait_for_text(args["queue"])
    form = session.driver.find_element(By.NAME, "administration")
    old = session.driver.find_element(By.TAG_NAME, "html")
    Select(form.find_element(By.NAME, "OP")).select_by_value("set-printer-options")
    session.wait_for_new_page(old)
    session.wait_for_text("医療機関名")


def step_options(session, args):
    open_options(session, args)
    # ... all in Japanese (CUPS's own tab names aside), the clinic's details
    # before the other notice options...
    text = session.text()
    for words in ("Custom", "None"):
        if words in text:
            raise StepFailed("the options page shows English words (%r): %s" % (words, summary(text)))
    labels = [element.text for element in session.driver.find_elements(By.CSS_SELECTOR, "th.label a")]
    wanted = ["医療機関名", "お問い合わせ先", "案内の言語"]
    if [label for label in labels if label in wanted] != wanted:
        raise StepFailed("the options come in the order %s; the clinic's name and contact should come first"
                         % ", ".join(labels))
    for keyword, choice in args["choices"]:
        session.select(keyword, value=choice)
    for keyword, text in (("notice-clinic-name", args["clinic_name"]),
                          ("notice-clinic-contact", args["clinic_contact"])):
        session.select(keyword, value="Custom")
        field = session.driver.find_element(By.CSS_SELECTOR, 'input[name="%s.Text"]' % keyword)
        if not field.is_displayed():
            raise StepFailed("the text field of %s does not appear when Custom is picked" % keyword)
        field.clear()
        field.send_keys(text)
    session.shot("options")
    form = session.form_with("select[name=notice-clinic-name]")
    old = session.driver.find_element(By.TAG_NAME, "html")
    session.press(form.find_elements(By.CSS_SELECTOR, "input[type=SUBMIT], input[type=submit]")[-1])
    session.wait_for_new_page(old)
    session.wait_for_text("正しく設定されました")
    session.shot("options-saved")


def step_test_page(session, args):
    session.open("/printers/" + args["queue"])
    session.wait_for_text(args["queue"])
    session.shot("printer")
    form = session.driver.find_element(By.NAME, "maintenance")
    menu = Select(form.find_element(By.NAME, "OP"))
    label = [option.text for option in menu.options if option.get_attribute("value") == "print-test-page"]
    if label != ["テストページの印刷"]:
        raise StepFailed("the maintenance menu's test page entry reads %r" % label)
    old = session.driver.find_element(By.TAG_NAME, "html")
    menu.select_by_value("print-test-page")
    session.wait_for_new_page(old)
    session.wait_for_text("テストページを送信しました")
    session.shot("test-page")
    job = session.driver.find_elements(By.PARTIAL_LINK_TEXT, args["queue"] + "-")
    if job:
        print("# test page job: %s" % job[0].text.strip())


STEPS = (
    ("Administration page, Add Printer", step_admin),
    ("pick the device", step_device),
    ("type the connection's URI", step_connection),
    ("name the queue", step_name),
    ("pick the make", step_make),
    ("pick the model", step_model),
    ("set the default options in Japanese", step_options),
    ("print the test page", step_test_page),
)


def main(argv):
    if len(argv) != 8:
        print("Usage: webui.py BASE-URL SHOTS-DIR QUEUE DEVICE DEVICE-URI CLINIC-NAME CLINIC-CONTACT",
              file=sys.stderr)
        return 2

    base_url, shots_dir, queue, device, device_uri, clinic_name, clinic_contact = argv[1:]
    args = {
        "queue": queue,
        "info": "患者さんへの案内",
        "location": "受付",
        "device": device,
        "device_uri": device_uri,
        "make": os.environ.get("WEBUI_MAKE", "onshi-notice"),
        "model": os.environ.get("WEBUI_MODEL", "onshi-notice/onshi-notice.ppd"),
        "choices": (("notice-language", "en"), ("notice-edition", "current")),
        "clinic_name": clinic_name,
        "clinic_contact": clinic_contact,
    }

    session = Session(base_url, shots_dir)
    try:
        for name, step in STEPS:
            try:
                step(session, args)
            except (StepFailed, WebDriverException) as error:
                print("not ok - %s: %s" % (name, summary(str(error))))
                session.save_page(os.path.join(shots_dir, "failed.png"))
                return 1
            print("ok - %s" % name)
        print("# model picked: %s" % args.get("model_picked", ""))
    finally:
        session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
