print("helpdesk")
