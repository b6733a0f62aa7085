"""MockInterview: self-hostable mock interview practice."""
